/**
 * `npm run test:vscode`: the integration suite (test/integration, mocha) inside a real VS Code extension host,
 * launched through @vscode/test-electron with code-server + headless Chromium standing in for the desktop build
 * (test/editors/code-shim.sh). Opens a temp copy of test/workspace. Exits non-zero when a test fails or the editor
 * cannot start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildHostTests } from './build-tests.js';
import { ensureEditors, ROOT } from './code-server.js';
import { buildExtension, tempCopy } from './run.js';

async function main(): Promise<void> {
  const t0 = Date.now();
  ensureEditors(['apt', 'code-server']);
  buildExtension();
  const tests = await buildHostTests('integration');
  const workspace = tempCopy('test/workspace');
  const profile = mkdtempSync(join(tmpdir(), 'shipshape-editors-profile-'));
  try {
    await runTests({
      vscodeExecutablePath: join(ROOT, 'test/editors/code-shim.sh'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(tests, 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${join(profile, 'user')}`, `--extensions-dir=${join(profile, 'extensions')}`],
      extensionTestsEnv: { SHIPSHAPE_TEST_WORKSPACE: workspace },
    });
  } finally {
    rmSync(dirname(workspace), { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
    console.log(`test:vscode took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

main().catch((e) => {
  console.error(`test:vscode FAILED: ${(e as Error).message}`);
  process.exit(1);
});
