/**
 * The worker side of `--jobs`: the same bundle started in a worker thread
 * analyses the files the main thread sends, batch by batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { initEngine, type Settings } from '../engine/index.js';
import { fsProject } from '../node/fs-project.js';
import { analyzeFile, type FileResult } from './analyze-file.js';

/** What a worker is started with. */
export interface WorkerInit {
  shipshapeWorker: true;
  root: string;
  /** The distinct settings of the scan; tasks refer to them by index. */
  settings: Settings[];
  /** `--env-file` files, for Compose interpolation. */
  composeEnvFiles?: string[];
}

/** One batch of files: [path, settings index, task index]. */
export type WorkerTask = [string, number, number][];

/** The answer to a batch: [task index, result]. */
export type WorkerResult = [number, FileResult][];

export function isWorkerInit(data: unknown): data is WorkerInit {
  return typeof data === 'object' && data !== null && (data as WorkerInit).shipshapeWorker === true;
}

/** Runs the worker loop: answers each batch with its results. */
export async function runWorker(): Promise<void> {
  const init = workerData as WorkerInit;
  await initEngine();
  const base = fsProject(init.root, { snapshot: true });
  const project = init.composeEnvFiles ? { ...base, composeEnvFiles: init.composeEnvFiles } : base;
  parentPort!.on('message', (task: WorkerTask) => {
    const results: WorkerResult = task.map(([path, s, index]) => [index, analyzeFile(path, project, init.settings[s])]);
    parentPort!.postMessage(results);
  });
  parentPort!.postMessage('ready');
}
