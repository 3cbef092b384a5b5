/**
 * The worker-thread side of live analysis: receives a document, the settings
 * it is analysed with and the open documents' unsaved text, analyses it in
 * the project view of its workspace folder, and answers with the findings,
 * without their fixes: it keeps each document's latest findings and computes
 * their fixes when the server asks for them. What it read from disk is kept
 * until the editor reports those files changed.
 */
import { parentPort } from 'node:worker_threads';
import { type AnalysisResult, AnalysisReuse, analyze, type Finding, initEngine, type SourceFile } from '../engine/index.js';
import { CachedDisk, fsProject } from '../node/fs-project.js';
import { MemoryGovernor, v8Heap } from './memory.js';
import { overlayProject } from './project.js';
import type { FixesReply, ReadyReply, RemoteFinding, WorkerReply, WorkerRequest } from './worker.js';

/**
 * Analysed as soon as the engine is loaded when no document has arrived yet:
 * the first document the worker gets then finds the rules' code compiled.
 */
const WARM_UP: SourceFile = {
  path: '/shipshape-warm-up/Dockerfile',
  text: 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci && npm run build\nEXPOSE 3000\nUSER node\nCMD ["node", "server.js"]\n',
};

/** Documents whose analysis state a worker keeps at most. */
const MAX_REUSED_DOCUMENTS = 32;

/** A finding as sent to the server: every field but its fixes, which are not computed for it. */
function withoutFixes(f: Finding): RemoteFinding {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(f)) if (key !== 'fixes') out[key] = (f as unknown as Record<string, unknown>)[key];
  return out as unknown as RemoteFinding;
}

/** What a worker keeps of one open document between analyses. */
interface Kept {
  reuse: AnalysisReuse;
  /** Its latest analysis: the request id and the findings, whose fixes are computed when asked for. */
  latest?: { id: number; findings: Finding[]; errors: AnalysisResult['errors']; sent: number };
}

export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  /** The open documents' text by path, as last sent. */
  const open = new Map<string, string>();
  /** Disk reads per workspace folder, kept between analyses while the editor reports file changes. */
  const disks = new Map<string, CachedDisk>();
  /** Per open document (by path): what its next analysis can reuse from the last one, and its latest findings. Dropped on close. */
  const kept = new Map<string, Kept>();
  /** Collects at once, after the reply is on its way: see lsp/memory.ts. */
  const memory = new MemoryGovernor(v8Heap('sync'));
  /** Whether a document has arrived: then it warms the engine up itself, without waiting for {@link WARM_UP}. */
  let asked = false;
  const ready = initEngine().then(() => {
    if (!asked) analyze(WARM_UP);
    port.postMessage({ ready: true } satisfies ReadyReply);
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
    if (msg.type === 'fixes') {
      const latest = kept.get(msg.path)?.latest;
      if (latest?.id !== msg.analysis) {
        port.postMessage({ fixesFor: msg.id, fixes: null } satisfies FixesReply);
        return;
      }
      // A lazy fix that throws gives no fixes and adds to the analysis's errors, which were sent before: those go with the fixes.
      const fixes = latest.findings.map((f) => f.fixes);
      const errors = latest.errors.slice(latest.sent);
      latest.sent = latest.errors.length;
      port.postMessage({ fixesFor: msg.id, fixes, ...(errors.length ? { errors } : {}) } satisfies FixesReply);
      return;
    }
    asked = true;
    for (const [path, text] of msg.texts) {
      if (text === null) {
        open.delete(path);
        kept.delete(path);
      } else open.set(path, text);
    }
    void ready.then(() => {
      let reply: WorkerReply;
      try {
        const project = overlayProject(diskFor(msg.root, msg.cacheDisk), () => open);
        // Most recently analysed last; untitled documents send no close, so the oldest beyond the bound goes.
        const doc = kept.get(msg.file.path) ?? { reuse: new AnalysisReuse() };
        kept.delete(msg.file.path);
        kept.set(msg.file.path, doc);
        if (kept.size > MAX_REUSED_DOCUMENTS) kept.delete(kept.keys().next().value as string);
        doc.latest = undefined;
        const result = analyze(msg.file, project, msg.settings, { timeBudgetMs: msg.budgetMs, reuse: doc.reuse });
        doc.latest = { id: msg.id, findings: result.findings, errors: result.errors, sent: result.errors.length };
        reply = { id: msg.id, kind: result.kind, findings: result.findings.map(withoutFixes), errors: result.errors };
      } catch (e) {
        reply = { id: msg.id, error: String((e as Error)?.stack ?? e) };
      }
      port.postMessage(reply);
      memory.tick();
    });
  });
}
