/**
 * The worker-thread side of live analysis: receives a document, the settings
 * it is analysed with and the open documents' unsaved text, analyses it in
 * the project view of its workspace folder, and answers with the findings.
 * What it read from disk is kept until the editor reports those files changed.
 */
import { parentPort } from 'node:worker_threads';
import { analyze, initEngine } from '../engine/index.js';
import { fsProject } from '../node/fs-project.js';
import { CachedDisk, overlayProject } from './project.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  /** The open documents' text by path, as last sent. */
  const open = new Map<string, string>();
  /** Disk reads per workspace folder, kept between analyses while the editor reports file changes. */
  const disks = new Map<string, CachedDisk>();
  const ready = initEngine();

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
    for (const [path, text] of msg.texts) {
      if (text === null) open.delete(path);
      else open.set(path, text);
    }
    void ready.then(() => {
      let reply: WorkerReply;
      try {
        const project = overlayProject(diskFor(msg.root, msg.cacheDisk), () => open);
        const result = analyze(msg.file, project, msg.settings, { timeBudgetMs: msg.budgetMs });
        reply = { id: msg.id, kind: result.kind, findings: result.findings, errors: result.errors };
      } catch (e) {
        reply = { id: msg.id, error: String((e as Error)?.stack ?? e) };
      }
      port.postMessage(reply);
    });
  });
}
