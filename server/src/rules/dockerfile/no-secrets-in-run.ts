import doc from './no-secrets-in-run.md';
import { findSecretValue } from '../../knowledge/secrets.js';
import { parseOptions, shellRuns, type ShellCommand, type ShellWord } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { Range } from '../types.js';

interface Hit {
  word: ShellWord;
  /** Span of the secret inside the word's value. */
  from: number;
  to: number;
  what: string;
}

/** Options whose value is a credential, for any command. */
const SECRET_OPTIONS = ['--password', '--passwd', '--token', '--api-key', '--apikey', '--access-token', '--auth-token', '--client-secret', '--secret-key', '--http-password', '--ftp-password', '--proxy-password', '--registry-password'];
/** Per command: short options whose value is a credential. */
const SHORT_SECRET: Record<string, string[]> = { docker: ['-p'], podman: ['-p'], buildah: ['-p'], helm: ['-p'], skopeo: ['-p'] };
const ATTACHED_PASSWORD = new Set(['mysql', 'mysqladmin', 'mysqldump', 'mariadb']);
const USER_OPTIONS: Record<string, string[]> = { curl: ['-u', '--user', '-U', '--proxy-user'], wget: [] };
const HEADER_OPTIONS: Record<string, string[]> = { curl: ['-H', '--header', '--proxy-header'], wget: ['--header'] };

const QUERY_TOKEN = /[?&](?:access_token|token|api_key|apikey|api-key|private_token|auth_token|password|passwd|secret|client_secret|key)=([^&\s$#'"`]{6,})/i;
const AUTH_HEADER = /^\s*(?:authorization|proxy-authorization)\s*:\s*(?:bearer|basic|token|apikey)\s+([^\s$]+)\s*$/i;
const TOKEN_HEADER = /^\s*(?:private-token|job-token|x-api-key|x-auth-token|api-key|x-access-token)\s*:\s*([^\s$]+)\s*$/i;
const NPM_AUTH = /(?:^|:)_(?:authToken|auth|password)\s*=\s*([^\s$'"`]{6,})/;

/** A literal credential value (not a variable, not empty, not stdin). */
const literal = (w: ShellWord | undefined, value = w?.value ?? ''): boolean =>
  !!w && value !== '' && value !== '-' && !value.includes('$') && !value.includes('`');

function valueHit(value: ShellWord, what: string): Hit | undefined {
  if (!literal(value)) return undefined;
  return { word: value, from: 0, to: value.value.length, what };
}

function hitsOf(cmd: ShellCommand): Hit[] {
  const hits: Hit[] = [];
  const words = [...cmd.args, ...cmd.assignments.flatMap((a) => (a.value ? [a.value] : []))];
  for (const word of words) {
    const found = findSecretValue(word.value);
    if (found && !found.match.includes('$')) hits.push({ word, from: found.index, to: found.index + found.match.length, what: found.pattern.description });
    const q = QUERY_TOKEN.exec(word.value);
    if (q) {
      const at = q.index + q[0].length - q[1].length;
      hits.push({ word, from: at, to: at + q[1].length, what: 'a token in a URL' });
    }
    const npm = NPM_AUTH.exec(word.value);
    if (npm) {
      const at = npm.index + npm[0].length - npm[1].length;
      hits.push({ word, from: at, to: at + npm[1].length, what: 'an npm registry token' });
    }
  }
  // Own entries only: a command named `constructor` or `toString` must not find Object.prototype's.
  const own = (table: Record<string, string[]>) => (Object.hasOwn(table, cmd.name) ? table[cmd.name] : undefined);
  const valued = [...SECRET_OPTIONS, ...(own(SHORT_SECRET) ?? []), ...(own(USER_OPTIONS) ?? []), ...(own(HEADER_OPTIONS) ?? [])];
  const { options, positionals } = parseOptions(cmd.args, { valued });
  for (const opt of options) {
    if (!opt.value) continue;
    if (SECRET_OPTIONS.includes(opt.name) || own(SHORT_SECRET)?.includes(opt.name)) {
      const h = valueHit(opt.value, 'a password or token');
      if (h) hits.push(h);
    } else if (own(USER_OPTIONS)?.includes(opt.name)) {
      const v = opt.value.value;
      const colon = v.indexOf(':');
      if (colon > 0 && literal(opt.value, v.slice(colon + 1))) hits.push({ word: opt.value, from: colon + 1, to: v.length, what: 'a password' });
    } else if (own(HEADER_OPTIONS)?.includes(opt.name)) {
      const m = AUTH_HEADER.exec(opt.value.value) ?? TOKEN_HEADER.exec(opt.value.value);
      if (m && literal(opt.value, m[1])) {
        const at = m[0].lastIndexOf(m[1]);
        hits.push({ word: opt.value, from: at, to: at + m[1].length, what: 'a credential in a request header' });
      }
    }
  }
  if (ATTACHED_PASSWORD.has(cmd.name)) {
    for (const w of cmd.args) {
      if (/^-p./.test(w.value) && !w.value.startsWith('--') && literal(w, w.value.slice(2))) hits.push({ word: w, from: 2, to: w.value.length, what: 'a database password' });
    }
  }
  // npm config set _authToken <value> / //registry/:_authToken <value>
  if ((cmd.name === 'npm' || cmd.name === 'yarn') && positionals[0]?.value === 'config' && positionals[1]?.value === 'set') {
    const key = positionals[2];
    const value = positionals[3];
    if (key && value && /(?:^|:)_(?:authToken|auth|password)$/.test(key.value) && literal(value)) hits.push({ word: value, from: 0, to: value.value.length, what: 'an npm registry token' });
  }
  return hits;
}

function key(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Literal credentials in RUN commands: URL passwords and tokens, auth headers, --password values, known token formats. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-secrets-in-run',
    kind: 'dockerfile',
    title: 'Credential written into a RUN command',
    defaultSeverity: 'error',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      const seen = new Set<string>();
      for (const cmd of run.commands) {
        for (const hit of hitsOf(cmd)) {
          const range = hit.word.rangeOf(hit.from, hit.to);
          if (seen.has(key(range))) continue;
          seen.add(key(range));
          report({
            range,
            message: `${cmd.name} is given ${hit.what} written into the Dockerfile: it ends up in version control and the image history. Pass it with RUN --mount=type=secret and read it from the mounted file`,
          });
        }
      }
    }
  },
};

export default rule;
