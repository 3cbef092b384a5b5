/**
 * Secret name and value patterns and sensitive file names, shared by the
 * Dockerfile, Compose, Kubernetes and RUN-body rules. Offline data as of
 * 2026-11-28.
 *
 * Sources:
 * - Secret names: BuildKit's SecretsUsedInArgOrEnv check
 *   (https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/,
 *   moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go): a name is
 *   suspicious when one of its `_`-separated words is a deny token, unless
 *   one is an allow token.
 * - Token formats: the providers' published formats (AWS access key ids,
 *   GitHub token prefixes https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/,
 *   Slack https://api.slack.com/authentication/token-types, GitLab
 *   https://docs.gitlab.com/ee/security/token_overview.html, npm, Stripe,
 *   Google API keys, SendGrid), as gitleaks and trufflehog also encode them.
 */

/** BuildKit's deny tokens: words that make a variable name look secret. */
export const SECRET_NAME_TOKENS = ['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token'] as const;
/** BuildKit's allow tokens: a name with one of these words is never suspicious. */
export const PUBLIC_NAME_TOKENS = ['public'] as const;

const DENY = new RegExp(`(?:_|^)(?:${SECRET_NAME_TOKENS.join('|')})(?:_|$)`, 'i');
const ALLOW = new RegExp(`(?:_|^)(?:${PUBLIC_NAME_TOKENS.join('|')})(?:_|$)`, 'i');

/**
 * Whether a variable name looks like it holds a secret, exactly as BuildKit's
 * SecretsUsedInArgOrEnv decides: `DB_PASSWORD`, `GITHUB_TOKEN`, `API_KEY`,
 * `AWS_SECRET_ACCESS_KEY` do; `PUBLIC_KEY`, `KEYBOARD`, `TOKENIZER` do not.
 */
export function isSecretName(name: string): boolean {
  return !ALLOW.test(name) && DENY.test(name);
}

export interface SecretValuePattern {
  id: string;
  /** What the value is, for messages: "an AWS access key id". */
  description: string;
  regex: RegExp;
  /** Text every match contains: values without it are not tried (most values are short words). */
  hint?: string;
}

/** Values that are credentials whatever the variable is called. */
export const SECRET_VALUE_PATTERNS: readonly SecretValuePattern[] = [
  { id: 'aws-access-key-id', description: 'an AWS access key id', regex: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/, hint: 'A' },
  { id: 'github-token', description: 'a GitHub token', regex: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/, hint: '_' },
  { id: 'gitlab-token', description: 'a GitLab token', regex: /\bgl(?:pat|dt|rt|ptt)-[A-Za-z0-9_-]{20,}\b/, hint: 'gl' },
  { id: 'private-key', description: 'a private key', regex: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/, hint: 'PRIVATE KEY' },
  { id: 'slack-token', description: 'a Slack token', regex: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/, hint: 'xox' },
  { id: 'slack-webhook', description: 'a Slack webhook URL', regex: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{20,}/, hint: 'https://hooks.slack.com/services/T' },
  { id: 'google-api-key', description: 'a Google API key', regex: /\bAIza[0-9A-Za-z_-]{35}\b/, hint: 'AIza' },
  { id: 'stripe-secret-key', description: 'a Stripe secret key', regex: /\b(?:sk|rk)_live_[0-9A-Za-z]{24,}\b/, hint: '_live_' },
  { id: 'npm-token', description: 'an npm access token', regex: /\bnpm_[A-Za-z0-9]{36}\b/, hint: 'npm_' },
  { id: 'sendgrid-api-key', description: 'a SendGrid API key', regex: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/, hint: 'SG.' },
  { id: 'jwt', description: 'a JSON Web Token', regex: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, hint: 'eyJ' },
  // user:password@ in a URL, where the password is a literal (not $VAR or ${VAR}).
  { id: 'url-credentials', description: 'a URL with a password', regex: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@$]+:(?!\$)[^\s:/@]{3,}@[^\s/]+/i, hint: '://' },
];

/** The first credential pattern the text contains, with where it matched. */
export function findSecretValue(text: string): { pattern: SecretValuePattern; index: number; match: string } | undefined {
  let best: { pattern: SecretValuePattern; index: number; match: string } | undefined;
  for (const pattern of SECRET_VALUE_PATTERNS) {
    if (pattern.hint !== undefined && !text.includes(pattern.hint)) continue;
    const m = pattern.regex.exec(text);
    if (m && (best === undefined || m.index < best.index)) best = { pattern, index: m.index, match: m[0] };
  }
  return best;
}

/** A kind of file that holds credentials. */
export interface SensitiveFile {
  /** What it is, for messages: "an SSH private key". */
  description: string;
  /** Tested against the last path segment (or, when `path`, the whole normalised path). */
  regex: RegExp;
  path?: boolean;
  /** When set, a file whose content is known counts only if the content matches (an `.npmrc` without a token is harmless). */
  content?: RegExp;
}

/**
 * Files that hold credentials and must not be copied into an image: build
 * them in with `RUN --mount=type=secret` instead. Certificates (`*.crt`,
 * `ca*.pem`, `*cert*.pem`, `*chain*.pem`) are public and not listed.
 */
export const SENSITIVE_FILES: readonly SensitiveFile[] = [
  { description: 'an environment file', regex: /^\.env(?:\.(?!example$|sample$|template$|dist$|defaults?$|schema$)[\w.-]+)?$/i },
  { description: 'an SSH private key', regex: /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$/i },
  { description: 'an SSH directory', regex: /(?:^|\/)\.ssh(?:\/.*)?$/, path: true },
  { description: 'a private key', regex: /^(?!.*(?:^|[._-])(?:ca|cert|certs|certificate|chain|fullchain|bundle|cacert|pub|public)(?:[._-]|$)).+\.(?:pem|key)$/i },
  { description: 'a PKCS#12 key store', regex: /\.(?:p12|pfx|jks|keystore)$/i },
  { description: 'an npm credentials file', regex: /^\.npmrc$/i, content: /_auth(?:Token)?\s*=|:_password\s*=/ },
  { description: 'a PyPI credentials file', regex: /^\.pypirc$/i, content: /password\s*[=:]/i },
  { description: 'a netrc credentials file', regex: /^[._]netrc$/i, content: /\bpassword\b/ },
  { description: 'a Git credentials file', regex: /^\.git-credentials$/i },
  { description: 'a credentials file', regex: /^credentials(?:[._-][\w.-]*)?\.json$/i },
  { description: 'a cloud service-account key', regex: /^(?:service[-_]?account|gcp[-_]key|sa[-_]key)[\w.-]*\.json$/i },
  { description: 'AWS credentials', regex: /(?:^|\/)\.aws\/(?:credentials|config)$/, path: true },
  { description: 'a Docker registry credentials file', regex: /(?:^|\/)\.docker\/config\.json$/, path: true, content: /"auth"\s*:/ },
  { description: 'a kubeconfig', regex: /(?:^|\/)\.kube\/config$/, path: true },
  { description: 'a password database', regex: /\.kdbx$/i },
  { description: 'a htpasswd file', regex: /^\.htpasswd$/i },
];

/** What sensitive file a path names, if any (`./secrets/.env` → an environment file). */
export function sensitiveFile(path: string): SensitiveFile | undefined {
  const norm = path.replace(/\\/g, '/').replace(/(?<!\/)\/+$/, '').replace(/^\.\//, '');
  const base = norm.split('/').pop() ?? norm;
  return SENSITIVE_FILES.find((f) => f.regex.test(f.path ? norm : base));
}

/**
 * Why a variable whose name looks secret holds no secret, or undefined when
 * it may well hold one. Names *about* a secret rather than holding it: key
 * identifiers (`AWS_ACCESS_KEY_ID` and its alias `AWS_ACCESS_KEY`), paths to a
 * secret file (`*_FILE`, `*_PATH`, `*_DIR`), role names (`*_ROLE`), switches
 * (`*_AUTH_*=true`), and public key fingerprints (`GPG_KEY` with 16 or 40 hex
 * digits, as the official language images set to verify their downloads).
 */
export function notASecret(name: string, value: string | undefined): string | undefined {
  const v = value?.trim();
  if (/(?:^|_)(?:ACCESS_KEY(?:_ID)?|KEY_ID)$/i.test(name) && !/(?:^|_)SECRET_/i.test(name)) return 'it names a key identifier, not the key';
  if (/_(?:FILE|PATH|DIR)$/i.test(name) && (v === undefined || v === '' || /^[/~.$]/.test(v))) return 'it names a file, not its content';
  if (/(?:^|_)ROLES?$/i.test(name)) return 'it names a role';
  if (v !== undefined && /^(?:true|false|yes|no|on|off|enabled?|disabled?|[01])$/i.test(v)) return 'it is a switch';
  if (v !== undefined && /(?:^|_)KEYS?(?:_|$)/i.test(name) && /^(?:0x)?(?:[0-9A-F]{16}|[0-9A-F]{40}|(?:[0-9A-F]{4} ?){10})$/i.test(v.replace(/\s+/g, ' '))) {
    return 'its value is a public key fingerprint';
  }
  if (v !== undefined && /(?:^|_)(?:GPG|PGP)(?:_|$)/i.test(name) && /^(?:0x)?[0-9A-F]{16,40}(?:\s+(?:0x)?[0-9A-F]{16,40})*$/i.test(v)) return 'its value lists public key fingerprints';
  return undefined;
}

/** Whether a value is a placeholder (`xxx`, `<token>`, `your-password`, `...`), not a credential. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  return /^(?:x{3,}|X{3,}|\*{3,}|\.{3}|<[^>]*>|(?:your|insert|replace|put|enter)[-_ ].*|\w*_here)$/i.test(v)
    || /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) && /(?:^|_)(?:YOUR|HERE|PLACEHOLDER|CHANGE|REPLACE|INSERT)(?:_|$)/.test(v);
}
