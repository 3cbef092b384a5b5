/**
 * `dist/server.js`: starts the language server's bundle
 * (`dist/language-server.js`, built from server.ts) through V8's code cache
 * (node/code-cache.ts). Its worker threads start through here too.
 *
 * V8 uses a cache only under the flags it was made with, so the one flag the
 * engine sets for good (`--liftoff-only`, engine/init.ts) is set before the
 * bundle is compiled, not after.
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runBundle } from './node/code-cache.js';

try {
  setFlagsFromString('--liftoff-only');
} catch {
  // not V8: no cache either
}
runBundle(join(__dirname, 'language-server.js'), __filename, module);
