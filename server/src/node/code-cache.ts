/**
 * Runs a CommonJS bundle through V8's code cache, so a process or worker
 * thread that starts it again skips compiling it.
 *
 * Node compiles a 1.6 MB bundle from source at every start, and then each
 * function the first time it runs: for the language server's analysis
 * worker that was about half of the time from its start to its first answer
 * (measured: 108–137 ms without a cache, 54–75 ms with one, for a 30-line
 * Dockerfile). V8 can serialise what it compiled; reading it back is much
 * cheaper. The cache is written once the bundle has run for a while (so
 * the functions that ran are in it), by each kind of thread for itself (the
 * main thread and the workers run different halves of the bundle), and
 * again whenever V8 refuses it (another Node, other flags, another build).
 *
 * The cache lives in the user's own cache directory (the registry cache's,
 * `SHIPSHAPE_CACHE` moves both), never in a shared one: V8 runs what it finds
 * there. `SHIPSHAPE_CODE_CACHE=off` turns it off.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { isMainThread, threadId } from 'node:worker_threads';
import { shipshapeCacheDir } from './cache-dir.js';

/** How long a thread runs before its cache is written (ms): long enough for start-up and a first analysis. */
export const SAVE_AFTER_MS = 3_000;

/** What became of the cache in this thread. */
export type CodeCacheState = 'off' | 'used' | 'absent' | 'rejected';

/** The directory the caches live in (Shipshape's cache directory), or undefined when turned off or there is none. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SHIPSHAPE_CODE_CACHE === 'off') return undefined;
  try {
    return shipshapeCacheDir(env);
  } catch {
    // no home directory
    return undefined;
  }
}

/** The file a bundle's cache for this kind of thread is kept in: it names the bundle's build and this V8. */
function cacheFile(dir: string, bundle: string, size: number, mtimeMs: number): { file: string; prefix: string } {
  const prefix = `${basename(bundle, '.js')}-${isMainThread ? 'main' : 'worker'}-`;
  const build = `${size.toString(36)}${Math.round(mtimeMs).toString(36)}`;
  return { file: join(dir, `${prefix}${build}-${process.versions.v8}-${process.arch}.cache`), prefix };
}

/** Writes `data` to `file` whole (another process may be reading it) and removes the bundle's older caches of this kind. */
function save(dir: string, file: string, prefix: string, data: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith('.cache') && join(dir, name) !== file) unlinkSync(join(dir, name));
    }
  } catch {
    // a cache that cannot be written is only a slower next start
  }
}

/**
 * Runs `bundle` as `require` would, with `filename` as its `__filename` (so a
 * bundle that starts itself in a worker thread starts through here too);
 * returns what became of the cache.
 */
export function runBundle(bundle: string, filename: string, module: NodeJS.Module, options: { env?: NodeJS.ProcessEnv; saveAfterMs?: number } = {}): CodeCacheState {
  const source = readFileSync(bundle, 'utf8');
  const dir = codeCacheDir(options.env);
  let target: { file: string; prefix: string } | undefined;
  let cachedData: Buffer | undefined;
  if (dir) {
    const { size, mtimeMs } = statSync(bundle);
    target = cacheFile(dir, bundle, size, mtimeMs);
    try {
      cachedData = readFileSync(target.file);
    } catch {
      cachedData = undefined;
    }
  }
  // The bundle has no `import()` (esbuild.mjs turns them into `require`): a script compiled here could not run one.
  const script = new Script(wrap(source), { filename: bundle, cachedData });
  const state: CodeCacheState = !target ? 'off' : !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';
  if (target && state !== 'used') {
    const { file, prefix } = target;
    setTimeout(() => save(dir!, file, prefix, script.createCachedData()), options.saveAfterMs ?? SAVE_AFTER_MS).unref();
  }
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, __filename: string, __dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, filename, dirname(bundle));
  return state;
}
