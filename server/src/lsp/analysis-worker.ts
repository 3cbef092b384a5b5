/**
 * The worker-thread side of live analysis: receives a document, the settings
 * it is analysed with and the open documents' unsaved text, analyses it in
 * the project view of its workspace folder, and answers with the findings.
 * What it read from disk is kept until the editor reports those files changed.
 */
import { parentPort } from 'node:worker_threads';
import { AnalysisReuse, analyze, initEngine, type SourceFile } from '../engine/index.js';
import { CachedDisk, fsProject } from '../node/fs-project.js';
import { MemoryGovernor, v8Heap } from './memory.js';
import { overlayProject } from './project.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

/**
 * Analysed as soon as the engine is loaded when no document has arrived yet:
 * the first document a person opens then finds the rules' code compiled.
 */
const WARM_UP: SourceFile = {
  path: '/shipshape-warm-up/Dockerfile',
  text: 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci && npm run build\nEXPOSE 3000\nUSER node\nCMD ["node", "server.js"]\n',
};

/** Documents whose analysis state a worker keeps at most. */
const MAX_REUSED_DOCUMENTS = 32;

export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  /** The open documents' text by path, as last sent. */
  const open = new Map<string, string>();
  /** Disk reads per workspace folder, kept between analyses while the editor reports file changes. */
  const disks = new Map<string, CachedDisk>();
  /** Per open document (by path): what its next analysis can reuse from the last one. Dropped on close. */
  const reuse = new Map<string, AnalysisReuse>();
  /** Collects at once, after the reply is on its way: see lsp/memory.ts. */
  const memory = new MemoryGovernor(v8Heap('sync'));
  /** Whether a document has arrived: then it warms the engine up itself, without waiting for {@link WARM_UP}. */
  let asked = false;
  const ready = initEngine().then(() => {
    if (!asked) analyze(WARM_UP);
  });

  const diskFor = (root: string | undefined, cache: boolean) => {
    const fresh = () => fsProject(root, { contain: true });
    if (!cache || root === undefined) return fresh();
    let disk = disks.get(root);
    if (!disk) {
      disk = new CachedDisk(fresh());
      disks.set(root, disk);
    }
    return disk.view;
  };

  port.on('message', (msg: WorkerRequest) => {
    if (msg.type === 'files') {
      if (msg.paths === 'all') disks.forEach((d) => d.clear());
      else disks.forEach((d) => d.forget(msg.paths as string[]));
      return;
    }
    asked = true;
    for (const [path, text] of msg.texts) {
      if (text === null) {
        open.delete(path);
        reuse.delete(path);
      } else open.set(path, text);
    }
    void ready.then(() => {
      let reply: WorkerReply;
      try {
        const project = overlayProject(diskFor(msg.root, msg.cacheDisk), () => open);
        // Most recently analysed last; untitled documents send no close, so the oldest beyond the bound goes.
        const kept = reuse.get(msg.file.path) ?? new AnalysisReuse();
        reuse.delete(msg.file.path);
        reuse.set(msg.file.path, kept);
        if (reuse.size > MAX_REUSED_DOCUMENTS) reuse.delete(reuse.keys().next().value as string);
        const result = analyze(msg.file, project, msg.settings, { timeBudgetMs: msg.budgetMs, reuse: kept });
        reply = { id: msg.id, kind: result.kind, findings: result.findings, errors: result.errors };
      } catch (e) {
        reply = { id: msg.id, error: String((e as Error)?.stack ?? e) };
      }
      port.postMessage(reply);
      memory.tick();
    });
  });
}
