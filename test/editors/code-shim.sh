#!/usr/bin/env bash
# A "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }): runs the extension tests in
# code-server + headless Chromium instead of a desktop Electron build, which cannot be downloaded here.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
exec node --import "$ROOT/node_modules/tsx/dist/loader.mjs" "$ROOT/test/editors/run-ext-tests.ts" "$@"
