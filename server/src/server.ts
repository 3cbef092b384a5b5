/**
 * The Shipshape language server. Runs over stdio (`node dist/server.js
 * --stdio`), IPC or a socket. The same file, started as a worker thread, is
 * where documents are analysed. Each thread loads only its own part: the
 * modules are required here, not imported, so a worker does not run the
 * language-server protocol's modules and the main thread does not run the
 * worker's set-up (the bundle still holds both).
 */
import { isMainThread } from 'node:worker_threads';

/* eslint-disable @typescript-eslint/no-require-imports */
if (isMainThread) (require('./lsp/start.js') as typeof import('./lsp/start.js')).startServer(__filename);
else (require('./lsp/analysis-worker.js') as typeof import('./lsp/analysis-worker.js')).runAnalysisWorker();
