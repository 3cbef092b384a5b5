/** The `.dockerignore` the harden plan proposes when a build context has none. */
import { SENSITIVE_IGNORE_GROUPS } from '../knowledge/sensitive-files.js';
import { ignoreMatcher } from '../model/context.js';
import { eolOf } from '../text.js';
import type { Ecosystem } from '../model/ecosystem.js';

const COMMON = [
  '# Keep secrets, VCS data and local build output out of the build context.',
  '.git',
  '.gitignore',
  '.env',
  '.env.*',
  '**/*.pem',
  '**/*.key',
  '**/id_rsa*',
  '**/credentials*',
  '.npmrc',
  '.pypirc',
  '.aws',
  '.ssh',
  'Dockerfile*',
  '*.Dockerfile',
  '.dockerignore',
  'docker-compose*',
  'compose*.y*ml',
  '.vscode',
  '.idea',
];

/** Entries that keep secrets out (the ones an existing file gets when it lacks them). */
const SECRET = new Set(['.env', '.env.*', '**/*.pem', '**/*.key', '**/id_rsa*', '**/credentials*', '.npmrc', '.pypirc', '.aws', '.ssh']);

const BY_ECOSYSTEM: Record<Ecosystem, string[]> = {
  python: ['__pycache__', '**/*.pyc', '.venv', 'venv', '.pytest_cache', '.mypy_cache', '*.egg-info', 'dist', 'build'],
  node: ['node_modules', 'npm-debug.log*', 'coverage', 'dist', '.next'],
  go: ['bin', 'vendor'],
  rust: ['target'],
  java: ['target', 'build', '.gradle'],
  dotnet: ['bin', 'obj'],
};

/**
 * The file for a context: secrets and VCS data always; local build output of
 * the ecosystem unless the Dockerfile copies it from the context (`COPY dist/
 * …` of a prebuilt app), which an exclusion would break.
 */
export function defaultDockerignore(eco: Ecosystem | undefined, copiedSources: string[] = []): string {
  const output = eco ? BY_ECOSYSTEM[eco] : ['node_modules', '__pycache__', '.venv', 'target', 'dist', 'build'];
  const copied = (pattern: string) => copiedSources.some((s) => s === pattern || s.startsWith(`${pattern}/`) || s.split('/')[0] === pattern);
  const lines = COMMON.filter((p) => SECRET.has(p) || !copied(p));
  // Every sensitive group dockerignore-require-sensitive-patterns checks, so the new file is not flagged by it.
  const matcher = ignoreMatcher(lines.join('\n'));
  for (const g of SENSITIVE_IGNORE_GROUPS) g.patterns.forEach((p, i) => { if (!matcher.excludes(g.probes[i])) lines.push(p); });
  return [...lines, ...output.filter((p) => !copied(p))].join('\n') + '\n';
}

/** A concrete context path a pattern names (wildcards filled in), to ask a matcher about it. */
function probeOf(pattern: string): string {
  return pattern.replace(/^!/, '').replace(/^\/+/, '').replace(/\*\*\//g, '').replace(/(?<!\/)\/+$/, '').replace(/\*/g, 'x').replace(/\?/g, 'x');
}

/**
 * The lines to append to an existing `.dockerignore` so it keeps out the
 * secrets and VCS data {@link defaultDockerignore} would (what else it leaves
 * out, such as build output, was the author's choice): every existing line stays as it is (so
 * does every `!` exception, and no appended line excludes again a path an
 * exception brings back), patterns the file already covers under Docker's
 * matching are not repeated, and nothing the Dockerfile copies is excluded.
 * The text to append (with a line break first when the file does not end
 * with one), or undefined when nothing is missing.
 */
export function amendDockerignore(existing: string, copiedSources: string[] = []): { append: string; lines: string[] } | undefined {
  const eol = eolOf(existing);
  const wanted = ['.git', ...COMMON.filter((p) => SECRET.has(p))];
  const probes = ignoreMatcher(wanted.join('\n'));
  // Every sensitive group dockerignore-require-sensitive-patterns checks, so the amended file is not flagged by it.
  for (const g of SENSITIVE_IGNORE_GROUPS) g.patterns.forEach((p, i) => { if (!probes.excludes(g.probes[i])) wanted.push(p); });
  const rawLines = existing.split(/\r?\n/).map((l) => l.trim());
  const before = ignoreMatcher(existing);
  // Paths the file deliberately lets in: an appended exclusion must not take them back out.
  const reincluded = rawLines.filter((l) => l.startsWith('!')).map(probeOf).filter((p) => p && !before.excludes(p));
  const copied = copiedSources.map((s) => s.replace(/^\.\//, '').replace(/\/$/, '')).filter((s) => s && s !== '.');
  const added: string[] = [];
  let current = existing;
  let currentMatcher = before;
  for (const pattern of wanted) {
    const probe = probeOf(pattern);
    if (rawLines.includes(pattern) || currentMatcher.excludes(probe)) continue;
    const next = `${current}\n${pattern}`;
    const matcher = ignoreMatcher(next);
    if (reincluded.some((p) => matcher.excludes(p)) || copied.some((s) => matcher.excludes(s) && !currentMatcher.excludes(s))) continue;
    added.push(pattern);
    current = next;
    currentMatcher = matcher;
  }
  if (!added.length) return undefined;
  const lead = existing === '' || existing.endsWith('\n') ? '' : eol;
  return { append: `${lead}${['# Added by Shipshape: keep secrets and VCS data out of the build context.', ...added].join(eol)}${eol}`, lines: added };
}
