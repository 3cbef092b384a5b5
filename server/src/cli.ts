/**
 * Entry point of the `shipshape` command line (bundled to dist/cli.js). The
 * same bundle runs as a worker thread for `scan --jobs`.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { processIo } from './cli/io.js';
import { main } from './cli/main.js';
import { isWorkerInit, runWorker } from './cli/worker.js';

if (!isMainThread && isWorkerInit(workerData)) {
  void runWorker();
} else {
  void main(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
