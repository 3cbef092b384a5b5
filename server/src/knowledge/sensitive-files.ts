/**
 * Files that must not reach a build context, as `.dockerignore` patterns and
 * as a test on concrete paths. Offline data as of 2026-05.
 *
 * Sources: Docker docs "Build context → .dockerignore files"; GitHub's
 * gitignore templates (Node, Python, Go, Java) for build outputs and caches;
 * OWASP "Secrets Management Cheat Sheet" for key and credential file names.
 */

/** A group of patterns a `.dockerignore` should contain. */
export interface IgnoreGroup {
  id: string;
  /** For messages: "the Git history". */
  description: string;
  /** Lines to append when the group is missing. */
  patterns: string[];
  /** Context-relative paths the group must exclude (one per pattern, same order). */
  probes: string[];
  /** Files in this group are secrets (their absence from .dockerignore is worse than noise). */
  secret: boolean;
}

export const SENSITIVE_IGNORE_GROUPS: readonly IgnoreGroup[] = [
  { id: 'git', description: 'the Git history (.git)', patterns: ['.git'], probes: ['.git/config'], secret: false },
  { id: 'env', description: 'environment files (.env)', patterns: ['**/.env', '**/.env.*'], probes: ['.env', '.env.production'], secret: true },
  { id: 'keys', description: 'private keys (*.pem, *.key, id_rsa)', patterns: ['**/*.pem', '**/*.key', '**/id_rsa*', '**/id_ed25519*'], probes: ['server.pem', 'server.key', 'id_rsa', 'id_ed25519'], secret: true },
  { id: 'credentials', description: 'credential files (credentials*.json, *.p12)', patterns: ['**/credentials*.json', '**/*.p12', '**/*.pfx'], probes: ['credentials.json', 'cert.p12', 'cert.pfx'], secret: true },
];

/** Build outputs, caches and tool files a `.dockerignore` usually excludes (for new files only). */
export const NOISE_PATTERNS: readonly string[] = [
  '**/node_modules', '**/__pycache__', '**/*.pyc', '**/.venv', '**/venv', '**/.pytest_cache', '**/.mypy_cache',
  '**/dist', '**/build', '**/target', '**/coverage', '**/.next', '**/*.log',
  '.idea', '.vscode', '**/.DS_Store',
];

/** Files that mention the build recipe itself. */
export const BUILD_FILE_PATTERNS: readonly string[] = ['**/Dockerfile*', '**/*.Dockerfile', '**/docker-compose*', '**/compose*.y*ml', '.dockerignore'];
