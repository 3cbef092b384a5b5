/**
 * Finding the files to scan: walks the given paths, keeps the names Shipshape
 * may analyse (YAML files are kept for their content to decide), honours
 * `.gitignore` files from the repository root down and `--exclude` globs,
 * never descends into `.git` or `node_modules`, and follows no symbolic link
 * out of the scanned tree (linked files inside it are scanned; linked folders
 * never, which also rules out cycles).
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ignoreMatcher } from '../config/load.js';
import { kindFromPath, toPosix } from '../engine/index.js';
import { UsageError } from './io.js';

export interface DiscoverOptions {
  cwd: string;
  /** Globs relative to `cwd`; a matching file or folder is skipped. */
  exclude: string[];
  /** The repository root: `.gitignore` files are read from here down. */
  root: string;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/** Whether a file name is one Shipshape may analyse (YAML by content later). */
export function isCandidate(path: string): boolean {
  return kindFromPath(path) !== undefined;
}

interface GitIgnore {
  base: string;
  rules: Ignore;
}

function readGitignore(dir: string): GitIgnore | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return { base: dir, rules: ignore().add(text) };
}

function gitIgnored(stack: readonly GitIgnore[], path: string, isDir: boolean): boolean {
  for (const g of stack) {
    const rel = toPosix(relative(g.base, path));
    if (!rel || rel.startsWith('..')) continue;
    if (g.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** `.gitignore` files from the root down to (and including) `dir`'s parent chain. */
function gitignoresAbove(root: string, dir: string): GitIgnore[] {
  const rel = relative(root, dir);
  if (rel.startsWith('..')) return [];
  const chain: string[] = [root];
  let cur = root;
  for (const part of rel.split(sep).filter(Boolean)) {
    cur = join(cur, part);
    chain.push(cur);
  }
  return chain.map(readGitignore).filter((g): g is GitIgnore => g !== undefined);
}

/** The files to scan, absolute and sorted. Throws {@link UsageError} for a path that does not exist. */
export function discoverFiles(paths: readonly string[], opts: DiscoverOptions): string[] {
  const excluded = ignoreMatcher(opts.cwd, opts.exclude);
  const out = new Set<string>();
  for (const p of paths) {
    const abs = resolve(opts.cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    if (st.isFile()) {
      if (isCandidate(abs) && !excluded(abs)) out.add(abs);
      continue;
    }
    if (!st.isDirectory()) continue;
    walk(abs, opts, excluded, out);
  }
  return [...out].sort();
}

function walk(top: string, opts: DiscoverOptions, excluded: (p: string) => boolean, out: Set<string>): void {
  let realTop: string;
  try {
    realTop = realpathSync(top);
  } catch {
    return;
  }
  const inTree = (real: string) => real === realTop || real.startsWith(realTop + sep);
  const stack: { dir: string; ignores: GitIgnore[] }[] = [{ dir: top, ignores: gitignoresAbove(opts.root, dirname(top)) }];
  while (stack.length) {
    const { dir, ignores: above } = stack.pop()!;
    const own = readGitignore(dir);
    const ignores = own ? [...above, own] : above;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (ALWAYS_SKIPPED.has(e.name) || gitIgnored(ignores, path, true) || excluded(path)) continue;
        stack.push({ dir: path, ignores });
      } else if (e.isFile()) {
        if (isCandidate(path) && !gitIgnored(ignores, path, false) && !excluded(path)) out.add(path);
      } else if (e.isSymbolicLink()) {
        if (!isCandidate(path) || gitIgnored(ignores, path, false) || excluded(path)) continue;
        try {
          const real = realpathSync(path);
          if (inTree(real) && lstatSync(real).isFile()) out.add(path);
        } catch {
          // a dangling link
        }
      }
    }
  }
}

/** The repository root above `dir` (a folder with `.git`), or undefined. */
export function findRepoRoot(dir: string): string | undefined {
  let cur = resolve(dir);
  for (;;) {
    try {
      statSync(join(cur, '.git'));
      return cur;
    } catch {
      // keep climbing
    }
    const parent = dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
}
