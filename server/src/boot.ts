/**
 * `dist/server.js`: starts the language server's bundle
 * (`dist/language-server.js`, built from server.ts) through V8's code cache
 * (node/code-cache.ts). Its worker threads start through here too.
 *
 * V8 uses a cache only under the flags it was made with, so the flags the
 * server runs with are set here, before the bundle is compiled:
 * - `--liftoff-only`, which the engine sets for good anyway (engine/init.ts);
 * - `--semi-space-growth-factor=1`: the main thread's young generation stays
 *   at its start size (2 MB). Left to grow, it doubled to 32 MB at some point
 *   of a long session (+16 MB of RSS for a thread that allocates little per
 *   edit);
 * - `--min-semi-space-size`: the analysis workers, whose heaps are set up
 *   after this, start with their young generation at the size their resource
 *   limit allows (node/worker-heap.ts); the main thread's heap was set up
 *   before, so its start size stays.
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runBundle } from './node/code-cache.js';
import { WORKER_YOUNG_GENERATION_MB } from './node/worker-heap.js';

try {
  setFlagsFromString('--liftoff-only');
  setFlagsFromString('--semi-space-growth-factor=1');
  // A semi-space of this size is more than the limit allows: V8 takes the limit.
  setFlagsFromString(`--min-semi-space-size=${WORKER_YOUNG_GENERATION_MB}`);
} catch {
  // not V8: no cache either
}
runBundle(join(__dirname, 'language-server.js'), __filename, module);
