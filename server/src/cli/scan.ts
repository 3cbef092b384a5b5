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
import { analyze, applyEdits, fixInRounds, type Fix, type ProjectView, type Settings } from '../engine/index.js';
import { fsProject } from '../node/fs-project.js';
import { analyzeFile, type FileResult } from './analyze-file.js';
import { UsageError } from './io.js';
import { discoverFiles, findRepoRoot } from './discover.js';
import { imagesOfFiles } from './registry.js';
import type { ImageResolver } from '../registry/resolver.js';
import { applyRuleFlags, type RuleFlags } from './settings.js';
import type { WorkerInit, WorkerTask } from './worker.js';

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
  /** Analysed files (those of a kind Shipshape knows), sorted by path. */
  files: FileResult[];
  /** Problems in configuration files; the scan stops at them. */
  configErrors: ConfigError[];
  fixes: AppliedFix[];
  /** Worker threads used for the analysis (0: all in this thread). */
  workers: number;
  /** The settings each analysed file was analysed with, by path. */
  settings: Map<string, Settings>;
}

/** How many `--fix` passes a file gets: a fix may enable another, but never forever. */
const MAX_FIX_PASSES = 10;
/** Below this many files, starting worker threads (each loads the engine) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;
/** Files per worker thread at least, for the same reason. */
const FILES_PER_WORKER = 100;
const BATCH = 8;

/**
 * Applies the safe fixes of a file in rounds (the engine's one policy: the
 * first safe fix of each finding, none colliding with another) and writes the
 * file and the other files those fixes create or edit. Returns what it applied.
 */
export function fixFile(path: string, project: ProjectView, settings: Settings): AppliedFix[] {
  let original: string;
  try {
    original = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const { text, applied } = fixInRounds(original, (t) => analyze({ path, text: t }, project, settings).findings, { maxRounds: MAX_FIX_PASSES, otherFiles: true });
  for (const { fix } of applied) applyOtherFiles(fix);
  if (text !== original) writeFileSync(path, text);
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
        writeFileSync(other.path, applyEdits(readFileSync(other.path, 'utf8'), other.edits));
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
  const base: ProjectView = envFiles ? { ...fsProject(root), composeEnvFiles: envFiles } : fsProject(root);
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
  // From here on nothing writes: each file and folder is read once for the whole analysis.
  const snapshot = fsProject(root, { snapshot: true });
  const withEnv: ProjectView = envFiles ? { ...snapshot, composeEnvFiles: envFiles } : snapshot;
  const project: ProjectView = image && opts.registry ? { ...withEnv, image, imagePlatforms: opts.registry.platforms } : withEnv;

  const workers = !opts.registry && opts.jobs > 1 && tasks.length >= MIN_FILES_FOR_WORKERS && opts.workerEntry !== undefined
    ? Math.max(1, Math.min(opts.jobs, Math.floor(tasks.length / FILES_PER_WORKER)))
    : 0;
  const results = workers
    ? await analyzeInWorkers(tasks, settingsList, root, workers, opts)
    : tasks.map(([path, s], i) => {
      const r = analyzeFile(path, project, settingsList[s]);
      opts.onProgress?.(i + 1, tasks.length);
      return r;
    });
  const files = results.filter((r) => r.kind !== undefined || r.errors.length > 0);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, files, configErrors: [], fixes, workers, settings: new Map(tasks.map(([path, s]) => [path, settingsList[s]])) };
}

function analyzeInWorkers(tasks: [string, number][], settings: Settings[], root: string, jobs: number, opts: ScanOptions): Promise<FileResult[]> {
  const init: WorkerInit = { shipshapeWorker: true, root, settings, composeEnvFiles: opts.envFiles?.length ? opts.envFiles : undefined };
  const results: FileResult[] = [];
  let next = 0;
  return new Promise((resolvePromise, reject) => {
    const workers: Worker[] = [];
    let finished = 0;
    let failed = false;
    const stopAll = () => workers.forEach((w) => void w.terminate());
    const feed = (w: Worker) => {
      if (next >= tasks.length) {
        finished++;
        if (finished === workers.length) {
          stopAll();
          resolvePromise(results);
        }
        return;
      }
      const batch: WorkerTask = tasks.slice(next, next + BATCH);
      next += batch.length;
      w.postMessage(batch);
    };
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(opts.workerEntry!, { workerData: init, eval: Boolean(opts.workerEval) });
      workers.push(w);
      w.on('message', (msg: FileResult[] | 'ready') => {
        if (msg !== 'ready') {
          for (const r of msg) results.push(r);
          opts.onProgress?.(results.length, tasks.length);
        }
        feed(w);
      });
      w.on('error', (e) => {
        if (failed) return;
        failed = true;
        stopAll();
        reject(e);
      });
    }
  });
}
