/**
 * `--registry` in the CLI: resolve the images the scanned files (or the
 * harden plan) name before analysing them. Problems are said once on
 * standard error and analysis falls back to offline knowledge.
 */
import { readFileSync, statSync } from 'node:fs';
import { imagesToResolve, type WantedImage } from '../engine/index.js';
import { defaultCacheFile } from '../registry/cache.js';
import { dockerConfigPath } from '../registry/credentials.js';
import { ImageResolver } from '../registry/resolver.js';
import type { Io } from './io.js';

/** Files larger than this are not read for image references. */
const MAX_BYTES = 2 * 1024 * 1024;

/** A resolver for this process: cache under `$SHIPSHAPE_CACHE`, credentials from `$DOCKER_CONFIG`, messages on standard error. */
export function cliResolver(io: Io): ImageResolver {
  const timeout = Number(io.env.SHIPSHAPE_REGISTRY_TIMEOUT_MS);
  return new ImageResolver({
    cacheFile: defaultCacheFile(io.env),
    dockerConfig: dockerConfigPath(io.env),
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : undefined,
    log: (m) => io.stderr(`shipshape: ${m}\n`),
  });
}

/** The images the files name (each file read once; unreadable or huge ones skipped). */
export function imagesOfFiles(paths: readonly string[]): WantedImage[] {
  const out: WantedImage[] = [];
  for (const path of paths) {
    try {
      if (statSync(path).size > MAX_BYTES) continue;
      out.push(...imagesToResolve({ path, text: readFileSync(path, 'utf8') }));
    } catch {
      // unreadable: the analysis reports it
    }
  }
  return out;
}
