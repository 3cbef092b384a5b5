/**
 * Secret-looking names and values as the Kubernetes rules judge env vars and
 * ConfigMap keys: name words with exclusions for names *about* a secret
 * (`*_FILE`, `*_SECRET_NAME`, …). The value patterns overlap
 * knowledge/secrets.ts, which the Dockerfile and Compose rules use.
 */

/** Names of variables and keys that usually hold a credential. */
const SECRET_NAME = /(?:^|[_.-])(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|credentials?|auth[_-]?key|signing[_-]?key|encryption[_-]?key)(?:$|[_.-])/i;
/** Suffixes that mark a name as being about a secret rather than holding one. */
const NOT_A_SECRET = /(?:^|[_.-])(?:file|path|dir|url|uri|endpoint|host|name|user(?:name)?|id|enabled?|disabled?|length|ttl|timeout|expir\w*|ref|key[_-]?id|type|mode|header|policy|field|env|format|version|count|size|port|secret[_-]?name|min|max)$/i;

/** Values that are credentials whatever their name. */
const SECRET_VALUES: [RegExp, string][] = [
  [/\bAKIA[0-9A-Z]{16}\b/, 'an AWS access key'],
  [/-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, 'a private key'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{40,}\b/, 'a GitHub token'],
  [/\bglpat-[A-Za-z0-9_-]{20,}\b/, 'a GitLab token'],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, 'a Slack token'],
  [/\b[sr]k_live_[A-Za-z0-9]{20,}\b/, 'a Stripe key'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'a Google API key'],
  [/\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]{3,}@/i, 'a URL with a password'],
];

/** Whether a variable or key name says it holds a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_A_SECRET.test(name);
}

/** What kind of credential a value is, when it clearly is one. */
export function secretValueKind(value: string): string | undefined {
  return SECRET_VALUES.find(([re]) => re.test(value))?.[1];
}

/**
 * Whether a literal is a real value rather than a placeholder, reference or
 * flag: empty strings, `$(VAR)`/`${VAR}` references, booleans and template
 * expressions are not secrets.
 */
export function isLiteralSecretValue(value: string): boolean {
  const v = value.trim();
  if (v.length < 3) return false;
  if (/^(?:true|false|yes|no|on|off|null|none|changeme|change-me|<[^>]*>|\*+|x+|\.\.\.)$/i.test(v)) return false;
  if (/\$\(|\$\{|\{\{/.test(v)) return false;
  // Placeholders: `GOOGLE_API_KEY_VAL`, `INSERT_TOKEN_HERE`, `your-password`
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) || /^(?:your|insert|replace|put|enter)[-_ ]/i.test(v)) return false;
  return true;
}
