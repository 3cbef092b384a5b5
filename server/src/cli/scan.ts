/**
 * A scan: discover the files, load each one's configuration, apply safe fixes
 * when asked, and analyse (in worker threads with `--jobs` > 1). Results are
 * sorted by path, so the output does not depend on the number of jobs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadConfig, type Discovered } from '../config/load.js';
import type { ConfigError } from '../config/validate.js';
import { analyze, applyEdits, bomOf, fixInRounds, withoutBom, type Fix, type ProjectView, type Settings } from '../engine/index.js';
import { fsProject } from '../node/fs-project.js';
import { analyzeFile, type FileResult } from './analyze-file.js';
import { capYoungGeneration } from './tuning.js';
import { UsageError } from './io.js';
import { discoverFiles, findRepoRoot } from './discover.js';
import { imagesOfFiles } from './registry.js';
import type { ImageResolver } from '../registry/resolver.js';
import { applyRuleFlags, type RuleFlags } from './settings.js';
import type { WorkerInit, WorkerResult, WorkerTask } from './worker.js';

export interface ScanOptions {
  paths: string[];
  cwd: string;
  exclude: string[];
  configFile?: string;
  flags: RuleFlags;
  jobs: number;
  fix: boolean;
  /** Called as files are analysed (done, total). */
  onProgress?(done: number, total: number): void;
  /**
   * Receives each analysed file in path order, as soon as it and the files
   * before it are done; the scan then keeps none of them (`files` is empty).
   */
  onFile?(file: FileResult): void;
  /** Receives the safe fixes `--fix` applied, before the first file is analysed. */
  onFixed?(fixes: AppliedFix[]): void;
  /** The module a worker thread runs (the CLI bundle itself), or code to evaluate with `workerEval`. */
  workerEntry?: string;
  workerEval?: boolean;
  /** Resolve the files' images against their registries first (`--registry`); analysis then runs in this thread. */
  registry?: ImageResolver;
  /** Env files Compose interpolation reads instead of the `.env` beside each Compose file (`--env-file`), absolute. */
  envFiles?: string[];
}

/** A safe fix applied by `--fix`. */
export interface AppliedFix {
  path: string;
  ruleId: string;
  title: string;
  line: number;
}

export interface ScanResult {
  /** The repository root (or the working directory when there is none). */
  root: string;
  /** Analysed files (those of a kind Shipshape knows), sorted by path; empty when {@link ScanOptions.onFile} took them. */
  files: FileResult[];
  /** Problems in configuration files; the scan stops at them. */
  configErrors: ConfigError[];
  fixes: AppliedFix[];
  /** Worker threads that analysed files beside this thread (0: all in this thread). */
  workers: number;
  /** The settings each analysed file was analysed with, by path. */
  settings: Map<string, Settings>;
}

/** How many `--fix` passes a file gets: a fix may enable another, but never forever. */
const MAX_FIX_PASSES = 10;
/** Below this many files, starting worker threads (each loads the engine) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;
/** Files per analysing thread (this one and the workers) at least, for the same reason. */
const FILES_PER_WORKER = 100;
/**
 * Files a thread claims at a time: consecutive paths, so the files of a
 * folder are mostly analysed by one thread and its folder caches serve them.
 */
const CHUNK = 32;
/** Files a worker gets per message; it holds two batches, so it never waits for the next. */
const BATCH = 8;
/** Files this thread analyses between looks at the workers' messages. */
const STRIDE = 2;

/**
 * Applies the safe fixes of a file in rounds (the engine's one policy: the
 * first safe fix of each finding, none colliding with another) and writes the
 * file and the other files those fixes create or edit. Returns what it applied.
 */
export function fixFile(path: string, project: ProjectView, settings: Settings): AppliedFix[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const original = withoutBom(raw);
  const { text, applied } = fixInRounds(original, (t) => analyze({ path, text: t }, project, settings).findings, { maxRounds: MAX_FIX_PASSES, otherFiles: true });
  for (const { fix } of applied) applyOtherFiles(fix);
  if (text !== original) writeFileSync(path, bomOf(raw) + text);
  return applied.map(({ finding, fix }) => ({ path, ruleId: finding.ruleId, title: fix.title, line: finding.range.start.line + 1 }));
}

/** Creates or edits the other files a safe fix touches; never overwrites an existing file it meant to create. */
function applyOtherFiles(fix: Fix): void {
  for (const other of fix.otherFiles ?? []) {
    if (other.create) {
      if (existsSync(other.path)) continue;
      mkdirSync(dirname(other.path), { recursive: true });
      writeFileSync(other.path, other.content ?? '');
    } else if (other.edits?.length) {
      try {
        const raw = readFileSync(other.path, 'utf8');
        writeFileSync(other.path, bomOf(raw) + applyEdits(withoutBom(raw), other.edits));
      } catch {
        // the file went away: nothing to edit
      }
    }
  }
}

/** Runs a scan. Throws {@link UsageError} for a path that does not exist. */
export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const cwd = resolve(opts.cwd);
  const root = findRepoRoot(cwd) ?? cwd;
  const envFiles = opts.envFiles?.length ? opts.envFiles : undefined;
  for (const f of envFiles ?? []) if (!existsSync(f)) throw new UsageError(`--env-file ${f} does not exist`);
  const withEnv = (view: ProjectView): ProjectView => (envFiles ? { ...view, composeEnvFiles: envFiles } : view);
  const base = withEnv(fsProject(root));
  const candidates = discoverFiles(opts.paths, { cwd, exclude: opts.exclude, root });

  const discovery = new Map<string, Discovered>();
  const configErrors = new Map<string, ConfigError>();
  const settingsIndex = new Map<Settings, number>();
  const settingsList: Settings[] = [];
  const flagged = new Map<Settings, Settings>();
  const tasks: [string, number][] = [];
  for (const path of candidates) {
    const config = loadConfig(path, base, { configFile: opts.configFile, discovery });
    for (const e of config.errors) configErrors.set(`${e.path}:${e.range.start.line}:${e.range.start.character}:${e.message}`, e);
    if (config.isIgnored(path)) continue;
    let settings = flagged.get(config.settings);
    if (!settings) {
      settings = applyRuleFlags(config.settings, opts.flags);
      flagged.set(config.settings, settings);
    }
    let index = settingsIndex.get(settings);
    if (index === undefined) {
      index = settingsList.push(settings) - 1;
      settingsIndex.set(settings, index);
    }
    tasks.push([path, index]);
  }
  if (configErrors.size) return { root, files: [], configErrors: [...configErrors.values()], fixes: [], workers: 0, settings: new Map() };

  const image = opts.registry?.lookup;
  if (opts.registry) await opts.registry.resolve(imagesOfFiles(tasks.map(([path]) => path)));

  const fixes: AppliedFix[] = [];
  if (opts.fix) {
    const fixing = image ? { ...base, image } : base;
    for (const [path, s] of tasks) for (const f of fixFile(path, fixing, settingsList[s])) fixes.push(f);
  }
  opts.onFixed?.(fixes);
  // From here on nothing writes: each file and folder is read once for the whole analysis.
  const snapshot = fsProject(root, { snapshot: true });
  const project: ProjectView = image && opts.registry ? { ...withEnv(snapshot), image, imagePlatforms: opts.registry.platforms } : withEnv(snapshot);

  const threads = !opts.registry && opts.jobs > 1 && tasks.length >= MIN_FILES_FOR_WORKERS && opts.workerEntry !== undefined
    ? Math.max(1, Math.min(opts.jobs, Math.floor(tasks.length / FILES_PER_WORKER)))
    : 1;
  const files: FileResult[] = [];
  const emit = inOrder(tasks.length, (r) => {
    if (r.kind === undefined && r.errors.length === 0) return;
    if (opts.onFile) opts.onFile(r);
    else files.push(r);
  });
  const analyzeHere = (i: number) => analyzeFile(tasks[i][0], project, settingsList[tasks[i][1]]);
  if (threads > 1) {
    await analyzeWithWorkers(tasks, settingsList, root, threads - 1, analyzeHere, emit, opts);
  } else {
    for (let i = 0; i < tasks.length; i++) {
      capYoungGeneration();
      emit(i, analyzeHere(i));
      opts.onProgress?.(i + 1, tasks.length);
    }
  }
  return { root, files, configErrors: [], fixes, workers: threads - 1, settings: new Map(tasks.map(([path, s]) => [path, settingsList[s]])) };
}

/**
 * Calls `out` with results in task order, whatever order they come in: each
 * is held only until the ones before it have come.
 */
function inOrder(total: number, out: (r: FileResult) => void): (index: number, r: FileResult) => void {
  const waiting = new Map<number, FileResult>();
  let next = 0;
  return (index, r) => {
    waiting.set(index, r);
    while (next < total && waiting.has(next)) {
      const ready = waiting.get(next)!;
      waiting.delete(next++);
      out(ready);
    }
  };
}

/**
 * Hands out the task indices in chunks of consecutive files, in order, so
 * results can be written as they come and each folder stays mostly with one
 * thread.
 */
class Chunks {
  private next = 0;
  constructor(private readonly total: number, private readonly threads: number) {}
  /**
   * The next chunk [start, end), or undefined when every file is claimed.
   * Chunks shrink towards the end, so the threads finish close together.
   */
  claim(): [number, number] | undefined {
    if (this.next >= this.total) return undefined;
    const start = this.next;
    const size = Math.max(1, Math.min(CHUNK, Math.ceil((this.total - start) / (2 * this.threads))));
    this.next = Math.min(this.total, start + size);
    return [start, this.next];
  }
}

/**
 * Analyses with `workerCount` worker threads and this thread together. Each
 * thread claims chunks of consecutive files; a worker gets its chunk in
 * batches and always holds one batch beyond the one it works on. This
 * thread analyses a few files at a time and reads the workers' results
 * between them.
 */
async function analyzeWithWorkers(
  tasks: [string, number][],
  settings: Settings[],
  root: string,
  workerCount: number,
  analyzeHere: (index: number) => FileResult,
  emit: (index: number, r: FileResult) => void,
  opts: ScanOptions,
): Promise<void> {
  const init: WorkerInit = { shipshapeWorker: true, root, settings, composeEnvFiles: opts.envFiles?.length ? opts.envFiles : undefined };
  const chunks = new Chunks(tasks.length, workerCount + 1);
  let done = 0;
  const finished = (index: number, r: FileResult) => {
    emit(index, r);
    opts.onProgress?.(++done, tasks.length);
  };
  const workers: Worker[] = [];
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const poke = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  let busyWorkers = 0;
  let stopping = false;
  try {
    for (let n = 0; n < workerCount; n++) {
      const w = new Worker(opts.workerEntry!, { workerData: init, eval: Boolean(opts.workerEval) });
      workers.push(w);
      /** Files of the worker's current chunk not yet sent, and batches it holds. */
      let pending: number[] = [];
      let held = 0;
      let counted = false;
      const feed = () => {
        while (held < 2) {
          if (pending.length === 0) {
            const chunk = chunks.claim();
            if (!chunk) break;
            for (let i = chunk[0]; i < chunk[1]; i++) pending.push(i);
          }
          const batch = pending.slice(0, BATCH);
          pending = pending.slice(BATCH);
          const task: WorkerTask = batch.map((i) => [tasks[i][0], tasks[i][1], i]);
          w.postMessage(task);
          held++;
        }
        const busy = held > 0;
        if (busy !== counted) {
          busyWorkers += busy ? 1 : -1;
          counted = busy;
        }
        if (!busy) poke();
      };
      w.on('message', (msg: WorkerResult | 'ready') => {
        if (msg !== 'ready') {
          held--;
          for (const [index, r] of msg) finished(index, r);
        }
        feed();
      });
      w.on('error', (e) => {
        failure ??= { error: e };
        poke();
      });
      w.on('exit', (code) => {
        if (!stopping) failure ??= { error: new Error(`a worker thread stopped early (exit code ${code})`) };
        poke();
      });
      // Counted busy from the start: its first batches go out when it is ready.
      busyWorkers++;
      counted = true;
    }
    // This thread's share: a few files at a time, then a look at the messages.
    for (let chunk = chunks.claim(); chunk && !failure; chunk = chunks.claim()) {
      for (let i = chunk[0]; i < chunk[1] && !failure; i += STRIDE) {
        for (let j = i; j < Math.min(chunk[1], i + STRIDE); j++) finished(j, analyzeHere(j));
        await new Promise<void>((res) => setImmediate(res));
      }
    }
    while (busyWorkers > 0 && !failure) await new Promise<void>((res) => { wake = res; });
    if (failure) throw failure.error;
  } finally {
    stopping = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
