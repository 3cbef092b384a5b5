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
  { id: 'git', description: 'the Git history (.git)', patterns: ['.git'], probes: ['.git/HEAD'], secret: false },
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

export interface SecretFileKind {
  description: string;
  test(name: string, relPath: string): boolean;
  /** When set, the file only counts as a secret if its content matches. */
  content?: RegExp;
}

const NOT_EXAMPLE = /(?:^|[._-])(?:example|sample|template|dist|defaults?|schema|test)(?:[._-]|$)/i;

/** Files that look like secrets when they sit in a build context. */
export const SECRET_FILES: readonly SecretFileKind[] = [
  { description: 'an environment file', test: (n) => /^\.env(?:\.[\w.-]+)?$/i.test(n) && !NOT_EXAMPLE.test(n.slice(4)) },
  { description: 'an SSH private key', test: (n) => /^id_(?:rsa|dsa|ecdsa|ed25519)$/i.test(n) },
  { description: 'a private key', test: (n) => /\.(?:pem|key)$/i.test(n) && !/(?:^|[._-])(?:ca|cert|certs|chain|fullchain|bundle|pub|public)(?:[._-]|$)/i.test(n) },
  { description: 'a PKCS#12 key store', test: (n) => /\.(?:p12|pfx|jks)$/i.test(n) },
  { description: 'a credentials file', test: (n) => /^credentials(?:[._-][\w.-]*)?\.json$/i.test(n) || /^(?:service[-_]?account|gcp[-_]key)[\w.-]*\.json$/i.test(n) },
  { description: 'an npm credentials file', test: (n) => n === '.npmrc', content: /_auth(?:Token)?\s*=|:_password\s*=/ },
  { description: 'a PyPI credentials file', test: (n) => n === '.pypirc', content: /password\s*[=:]/i },
  { description: 'a netrc credentials file', test: (n) => n === '.netrc', content: /\bpassword\b/ },
  { description: 'AWS credentials', test: (_n, p) => /(?:^|\/)\.aws\/credentials$/.test(p) },
  { description: 'a Docker registry credentials file', test: (_n, p) => /(?:^|\/)\.docker\/config\.json$/.test(p), content: /"auth"\s*:/ },
];

/** The kind of secret a context-relative path looks like, if any. */
export function secretFileKind(relPath: string): SecretFileKind | undefined {
  const name = relPath.split('/').pop() ?? relPath;
  return SECRET_FILES.find((k) => k.test(name, relPath));
}
