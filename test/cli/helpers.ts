/**
 * Running the real CLI bundle: the sources are bundled once per source state
 * (keyed by the sources' sizes and times) into a temporary folder, and each
 * run spawns `node cli.js` there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const REPO = join(__dirname, '../..');
export { CORPUS_DIR as CORPUS } from '../helpers/corpus.js';
export const EXAMPLE = join(REPO, 'examples/atm-system');

function sourceKey(): string {
  const hash = createHash('sha1');
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) visit(p);
      else hash.update(`${p}\0${st.size}\0${st.mtimeMs}\n`);
    }
  };
  visit(join(REPO, 'server/src'));
  hash.update(String(statSync(join(REPO, 'package.json')).mtimeMs));
  return hash.digest('hex').slice(0, 16);
}

let built: string | undefined;

/** Bundles of earlier source states, older than a day, are removed. */
function pruneOldBundles(): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('shipshape-cli-')) continue;
    const p = join(tmpdir(), name);
    try {
      if (statSync(p).mtimeMs < dayAgo) rmSync(p, { recursive: true, force: true });
    } catch {
      // removed by another process meanwhile
    }
  }
}

/** Path of a `cli.js` bundled from the current sources. */
export function cliBundle(): string {
  if (built) return built;
  const dir = join(tmpdir(), `shipshape-cli-${sourceKey()}`);
  const cli = join(dir, 'cli.js');
  if (!existsSync(cli)) {
    pruneOldBundles();
    const tmp = `${dir}.tmp-${process.pid}`;
    mkdirSync(tmp, { recursive: true });
    const script = `require('esbuild').buildSync({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', loader: { '.md': 'text' }, logLevel: 'error', entryPoints: { cli: 'server/src/cli.ts' }, outdir: ${JSON.stringify(tmp)} })`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: REPO, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bundling the CLI failed:\n${r.stderr}`);
    copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), join(tmp, 'tree-sitter.wasm'));
    copyFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'), join(tmp, 'tree-sitter-bash.wasm'));
    try {
      renameSync(tmp, dir);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another test process won the race
    }
  }
  built = cli;
  return cli;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `shipshape <args>` in `cwd` with a plain environment (no colour forcing, no TTY). */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const cli = cliBundle();
  return new Promise((resolve, reject) => {
    const base = { ...process.env };
    delete base.FORCE_COLOR;
    delete base.NO_COLOR;
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const trees: string[] = [];
process.on('exit', () => {
  for (const t of trees) rmSync(t, { recursive: true, force: true });
});

/** A temporary folder with these files (relative path → text); a `.git` folder makes it a repository root. Removed when the test process exits. */
export function makeTree(files: Record<string, string>, opts: { git?: boolean } = { git: true }): string {
  const root = mkdtempSync(join(tmpdir(), 'shipshape-tree-'));
  trees.push(root);
  if (opts.git !== false) mkdirSync(join(root, '.git'));
  for (const [rel, text] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return root;
}
