/**
 * Live analysis off the message loop: documents are analysed in worker
 * threads, so the server keeps answering (hover, code actions, other
 * documents) while a large document is analysed.
 *
 * - At most {@link POOL_SIZE} workers: the first starts once the server has
 *   answered its first document (see ServerContext.useWorkers), the second
 *   when needed: while one is busy with a slow document, the next document
 *   goes to another.
 * - The queue holds at most one job per document: a newer version replaces
 *   a waiting older one (which is answered {@link Superseded}), so it is
 *   bounded by the number of open documents.
 * - A job that has not finished after {@link HANG_MS} (or its rules' time
 *   budget and {@link HANG_MS} more, when a client set a longer budget; the
 *   budget stops between rules) has hung inside one rule: its worker is
 *   ended and replaced, and the job is answered {@link Hung}.
 * - Each worker mirrors the open documents' text; a job carries only the
 *   texts that changed since that worker last saw them.
 * - Findings come back without their fixes: the worker keeps each document's
 *   latest analysis, and {@link AnalysedReply.fixes} asks it for their fixes
 *   (computed then) when a person wants them, so a reply grows with the
 *   findings, not with the edits every fix would carry.
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { AnalysisResult, FileKind, Finding, Fix, Settings, SourceFile } from '../engine/index.js';
import { WORKER_YOUNG_GENERATION_MB } from '../node/worker-heap.js';
import { LIVE_BUDGET_MS } from './analysis.js';

/** Workers at most: one slow document never holds up the others. */
export const POOL_SIZE = 2;
/** After this long a job has hung: its worker is replaced. */
export const HANG_MS = 5_000;

/** What the server sends a worker. */
export type WorkerRequest =
  | {
    type: 'analyse';
    id: number;
    file: SourceFile;
    /** The workspace folder holding the file (nothing outside it is read). */
    root: string | undefined;
    settings: Settings;
    budgetMs: number;
    /** Keep disk reads until told the files changed (the client reports file changes). */
    cacheDisk: boolean;
    /** Open documents' text by path that changed since this worker last heard (null: closed). */
    texts: [string, string | null][];
  }
  | { type: 'files'; paths: string[] | 'all' }
  /** The fixes of the findings of analysis `analysis` of `path`, if it is still the latest the worker made of that document. */
  | { type: 'fixes'; id: number; path: string; analysis: number };

/** A finding as a worker sends it: without its fixes. */
export type RemoteFinding = Omit<Finding, 'fixes'>;

/** A worker's answer. */
export type WorkerReply =
  | { id: number; kind: FileKind | undefined; findings: RemoteFinding[]; errors: AnalysisResult['errors']; error?: undefined }
  | { id: number; error: string };

/** What a worker says once its engine is loaded and warmed up (see {@link WorkerPool.warm}). */
export interface ReadyReply {
  ready: true;
}

/** A worker's answer to a `fixes` request: each finding's fixes, in order; null when that analysis is no longer its latest. */
export interface FixesReply {
  fixesFor: number;
  fixes: Fix[][] | null;
  /** Rules whose fixes failed to compute (their findings got none). */
  errors?: AnalysisResult['errors'];
}

/** An analysis made by a worker. */
export type AnalysedReply = Extract<WorkerReply, { kind: unknown }> & {
  /** Asks the worker that made it for its findings' fixes; undefined when it no longer has them (it analysed a newer version, or was replaced). */
  fixes(): Promise<Fix[][] | undefined>;
};

/** The job was replaced by a newer version of its document before it ran. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer version');
  }
}

/** The job did not finish in time; its worker was restarted. */
export class Hung extends Error {
  constructor(readonly ms: number) {
    super(`analysis did not finish in ${ms} ms`);
  }
}

/** One document to analyse. */
export interface Job {
  uri: string;
  file: SourceFile;
  root: string | undefined;
  settings: Settings;
  budgetMs: number;
  cacheDisk: boolean;
}

/** An open document as the workers see it. */
export interface OpenText {
  path: string;
  version: number;
  text: string;
}

interface Pending {
  job: Job;
  resolve(r: AnalysedReply): void;
  reject(e: Error): void;
  /** The analysis a new worker warms up with (see {@link WorkerPool.prestart}): nobody waits for its findings. */
  warmUp?: true;
}

interface Slot {
  worker: Worker;
  /** When it was started (ms, `performance.now()`). */
  spawned: number;
  busy?: Pending & { id: number; timer: NodeJS.Timeout; started: number };
  /** Version of each open document's text this worker has (by path). */
  seen: Map<string, number>;
  /** `fixes` requests waiting for their answer, by id. */
  asked: Map<number, (fixes: Fix[][] | undefined) => void>;
}

export interface PoolOptions {
  /** The worker script (the server bundle itself). */
  script: string;
  /** The open documents (only `file:` ones carry text other files may read). */
  openTexts(): OpenText[];
  log(message: string): void;
  /** Called once, when the first worker has loaded and warmed up its engine, with the time that took (ms). */
  onWarm?(ms: number): void;
  size?: number;
  hangMs?: number;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue = new Map<string, Pending>();
  private nextId = 1;
  private disposed = false;
  private readonly size: number;
  private readonly hangMs: number;
  private isWarm = false;

  constructor(private readonly options: PoolOptions) {
    this.size = options.size ?? POOL_SIZE;
    this.hangMs = options.hangMs ?? HANG_MS;
  }

  /** Analyses a document in a worker. Rejects with {@link Superseded}, {@link Hung} or the worker's error. */
  analyse(job: Job): Promise<AnalysedReply> {
    return new Promise((resolve, reject) => {
      if (this.disposed) return reject(new Error('the server is shutting down'));
      this.queue.get(job.uri)?.reject(new Superseded());
      // A replaced job keeps its place in the queue.
      this.queue.set(job.uri, { job, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Starts the first worker now, unless one is running: it loads the engine
   * and warms it up by analysing `warmUp` (a document already analysed
   * elsewhere: the worker then keeps what its next analysis can reuse) or
   * else a small built-in Dockerfile, then it is {@link warm}.
   */
  prestart(warmUp?: Job): void {
    if (this.disposed || this.slots.length) return;
    const slot = this.spawn();
    if (warmUp) this.send(slot, { job: warmUp, resolve: () => this.markWarm(slot), reject: () => this.markWarm(slot), warmUp: true });
  }

  /** Whether a worker has loaded and warmed up its engine: until then a job waits for that (about 150 ms after {@link prestart}). */
  get warm(): boolean {
    return this.isWarm;
  }

  /** Files changed on disk: every worker reads them again. */
  filesChanged(paths: string[] | 'all'): void {
    for (const slot of this.slots) slot.worker.postMessage({ type: 'files', paths } satisfies WorkerRequest);
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, spawned: performance.now(), seen: new Map(), asked: new Map() };
    worker.unref();
    worker.on('message', (reply: WorkerReply | FixesReply | ReadyReply) => {
      // A worker warming up with a document is warm once it answered it.
      if ('ready' in reply) {
        if (!slot.busy?.warmUp) this.markWarm(slot);
      } else if ('fixesFor' in reply) this.fixesAnswered(slot, reply);
      else this.answered(slot, reply);
    });
    worker.on('error', (e) => this.lost(slot, e));
    worker.on('exit', (code) => this.lost(slot, new Error(`analysis worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  private markWarm(slot: Slot): void {
    if (this.isWarm || !this.slots.includes(slot)) return;
    this.isWarm = true;
    this.options.onWarm?.(performance.now() - slot.spawned);
  }

  private dispatch(): void {
    while (this.queue.size) {
      let slot = this.slots.find((s) => !s.busy);
      // A second worker only once the first is warm: two starting at once would only slow each other down.
      if (!slot && (!this.slots.length || (this.isWarm && this.slots.length < this.size))) slot = this.spawn();
      if (!slot) return;
      const [uri, pending] = this.queue.entries().next().value as [string, Pending];
      this.queue.delete(uri);
      this.send(slot, pending);
    }
  }

  private send(slot: Slot, pending: Pending): void {
    const id = this.nextId++;
    const texts: [string, string | null][] = [];
    const open = new Set<string>();
    for (const t of this.options.openTexts()) {
      open.add(t.path);
      if (slot.seen.get(t.path) === t.version) continue;
      slot.seen.set(t.path, t.version);
      texts.push([t.path, t.text]);
    }
    for (const path of slot.seen.keys()) {
      if (open.has(path)) continue;
      slot.seen.delete(path);
      texts.push([path, null]);
    }
    const { job } = pending;
    const timer = setTimeout(() => this.hung(slot), this.hangAfter(job.budgetMs));
    slot.busy = { ...pending, id, timer, started: Date.now() };
    const msg: WorkerRequest = { type: 'analyse', id, file: job.file, root: job.root, settings: job.settings, budgetMs: job.budgetMs, cacheDisk: job.cacheDisk, texts };
    slot.worker.postMessage(msg);
  }

  private answered(slot: Slot, reply: WorkerReply): void {
    const busy = slot.busy;
    if (!busy || busy.id !== reply.id) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    if (reply.error !== undefined) busy.reject(new Error(reply.error));
    else {
      const path = busy.job.file.path;
      busy.resolve({ ...reply, fixes: () => this.fixesOf(slot, reply.id, path) });
    }
    this.dispatch();
  }

  /** Asks the worker of `slot` for the fixes of its analysis `analysis` of `path` (one round trip). */
  private fixesOf(slot: Slot, analysis: number, path: string): Promise<Fix[][] | undefined> {
    if (this.disposed || !this.slots.includes(slot)) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const id = this.nextId++;
      slot.asked.set(id, resolve);
      slot.worker.postMessage({ type: 'fixes', id, path, analysis } satisfies WorkerRequest);
    });
  }

  private fixesAnswered(slot: Slot, reply: FixesReply): void {
    const resolve = slot.asked.get(reply.fixesFor);
    slot.asked.delete(reply.fixesFor);
    for (const e of reply.errors ?? []) this.options.log(`rule ${e.ruleId} failed: ${e.message}`);
    resolve?.(reply.fixes ?? undefined);
  }

  /** When a job of this budget has hung: {@link HANG_MS}, plus what a client's budget adds to the default one. */
  hangAfter(budgetMs: number): number {
    return this.hangMs + Math.max(0, budgetMs - LIVE_BUDGET_MS);
  }

  private hung(slot: Slot): void {
    const busy = slot.busy;
    if (!busy) return;
    const after = this.hangAfter(busy.job.budgetMs);
    this.options.log(`${busy.job.uri}: analysis did not finish in ${after} ms; its worker was restarted`);
    this.remove(slot);
    void slot.worker.terminate();
    busy.reject(new Hung(after));
    this.dispatch();
  }

  /** The worker died (out of memory, a crash) or exited. */
  private lost(slot: Slot, e: Error): void {
    if (!this.slots.includes(slot)) return;
    this.remove(slot);
    const busy = slot.busy;
    if (busy) {
      clearTimeout(busy.timer);
      if (!this.disposed) this.options.log(`${busy.job.uri}: ${e.message}`);
      busy.reject(e);
    }
    if (!this.disposed) this.dispatch();
  }

  private remove(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    // What it kept is gone with it.
    for (const resolve of slot.asked.values()) resolve(undefined);
    slot.asked.clear();
  }

  dispose(): void {
    this.disposed = true;
    for (const p of this.queue.values()) p.reject(new Error('the server is shutting down'));
    this.queue.clear();
    for (const slot of [...this.slots]) {
      this.remove(slot);
      if (slot.busy) clearTimeout(slot.busy.timer);
      void slot.worker.terminate();
    }
  }
}
