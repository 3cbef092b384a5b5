#!/usr/bin/env node
// The Shipshape language server for any LSP client: `shipshape-lsp` (stdio by
// default), or `--stdio`, `--node-ipc`, `--socket=<port>`, `--pipe=<name>`.
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
if (!process.argv.slice(2).some((a) => transports.some((t) => a === t || a.startsWith(`${t}=`)))) process.argv.push('--stdio');
require('../dist/server.js');
