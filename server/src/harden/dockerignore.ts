/** The `.dockerignore` the harden plan proposes when a build context has none. */
import { SENSITIVE_IGNORE_GROUPS } from '../knowledge/sensitive-files.js';
import { ignoreMatcher } from '../model/context.js';
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
  const secret = new Set(['.env', '.env.*', '**/*.pem', '**/*.key', '**/id_rsa*', '**/credentials*', '.npmrc', '.pypirc', '.aws', '.ssh']);
  const lines = COMMON.filter((p) => secret.has(p) || !copied(p));
  // Every sensitive group dockerignore-require-sensitive-patterns checks, so the new file is not flagged by it.
  const matcher = ignoreMatcher(lines.join('\n'));
  for (const g of SENSITIVE_IGNORE_GROUPS) g.patterns.forEach((p, i) => { if (!matcher.excludes(g.probes[i])) lines.push(p); });
  return [...lines, ...output.filter((p) => !copied(p))].join('\n') + '\n';
}
