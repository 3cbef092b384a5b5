/** Small shared pieces of the editor suite entry points. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './code-server.js';

/**
 * Builds dist/ (client, server, CLI) with the project's own build, failing loudly.
 * SHIPSHAPE_SKIP_BUILD=1 uses the dist/ that is there (for re-running a suite right after a build).
 */
export function buildExtension(production = false): void {
  if (process.env.SHIPSHAPE_SKIP_BUILD === '1' && existsSync(join(ROOT, 'dist/server.js'))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs'), ...(production ? ['--production'] : [])], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`node esbuild.mjs failed with exit ${r.status}`);
}

/** A temp copy of a repository folder, so edits made by the editors never touch the working tree. */
export function tempCopy(rel: string, prefix = 'shipshape-editors-ws-'): string {
  const dir = join(mkdtempSync(join(tmpdir(), prefix)), rel.split('/').pop() ?? 'ws');
  cpSync(join(ROOT, rel), dir, { recursive: true });
  return dir;
}
