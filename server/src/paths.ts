/**
 * `/`-separated paths as the engine keeps them (Windows `\` read as `/`), one
 * set of helpers for every layer. Imports only Node's own `path`.
 */
import { sep } from 'node:path';

const NOT_NORMAL = /\\|\/\/|(?:^|\/)\.\.?(?:\/|$)|\/$/;

/** Forward slashes, no `.` segments, `..` resolved (kept at the start of a relative path), no trailing slash. */
export function normalizePath(path: string): string {
  // Already normal (the usual case): no `\`, no empty, `.` or `..` segment, no trailing `/`.
  if (!NOT_NORMAL.test(path)) return path;
  const p = path.replace(/\\/g, '/');
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(part);
  }
  return (abs ? '/' : '') + out.join('/');
}

/** The folder of a path: `/` for a file at the root, `.` for a bare name. */
export function dirOf(path: string): string {
  const n = normalizePath(path);
  const i = n.lastIndexOf('/');
  return i <= 0 ? (n.startsWith('/') ? '/' : '.') : n.slice(0, i);
}

/** `rel` resolved against folder `dir` (an absolute or drive-letter `rel` stands alone), normalised. */
export function joinPath(dir: string, rel: string): string {
  const r = rel.replace(/\\/g, '/');
  if (r.startsWith('/') || /^[A-Za-z]:\//.test(r)) return normalizePath(r);
  return normalizePath(`${dir.replace(/\\/g, '/').replace(/\/$/, '')}/${r}`);
}

/** `path` relative to `dir`, or undefined when it is outside. */
export function relativeTo(dir: string, path: string): string | undefined {
  const d = normalizePath(dir);
  const p = normalizePath(path);
  if (p === d) return '';
  const prefix = d.endsWith('/') ? d : `${d}/`;
  return p.startsWith(prefix) ? p.slice(prefix.length) : undefined;
}

/** A path of this operating system written with `/` (on Windows `\` becomes `/`; elsewhere nothing changes). */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
