/**
 * Compiles the TypeScript that runs inside the VS Code extension host (test/integration, test/vsix/probe) to
 * CommonJS under dist/test/, one output file per source file; `vscode` and `mocha` stay external requires.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './code-server.js';

/** Output folder of the compiled extension-host tests. */
export const OUT = join(ROOT, 'dist/test');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

/** Builds `test/<dir>` into `dist/test/<dir>` and returns the output folder. */
export async function buildHostTests(dir: string): Promise<string> {
  const src = join(ROOT, 'test', dir);
  await build({
    entryPoints: tsFiles(src).map((f) => ({ in: f, out: relative(src, f).replace(/\.ts$/, '') })),
    outdir: join(OUT, dir),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return join(OUT, dir);
}
