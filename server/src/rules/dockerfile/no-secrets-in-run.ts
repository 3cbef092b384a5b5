import doc from './no-secrets-in-run.md';
import { findSecretValue } from '../../knowledge/secrets.js';
import { parseOptions, shellRuns, type ShellCommand, type ShellWord } from '../../parse/shell.js';
import type { DockerfileModel } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix, Range } from '../types.js';
import { textOf } from './lib/instructions.js';

interface Hit {
  word: ShellWord;
  /** Span of the secret inside the word's value. */
  from: number;
  to: number;
  what: string;
  /** What the secret is, for the variable the fix names: `PASSWORD`, `TOKEN`, or a whole name (`AWS_ACCESS_KEY_ID`). */
  kind: string;
  /** Whether `kind` is the whole variable name (not prefixed with the command's name). */
  whole?: boolean;
  /** The span the fix replaces, when it is narrower than the finding (the password of a URL). */
  replace?: { from: number; to: number };
  /** False when the fix cannot replace the value (a private key block). */
  fixable?: boolean;
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

function valueHit(value: ShellWord, what: string, kind: string): Hit | undefined {
  if (!literal(value)) return undefined;
  return { word: value, from: 0, to: value.value.length, what, kind };
}

/** Own entries only: a command named `constructor` or `toString` must not find Object.prototype's. */
function own(table: Record<string, string[]>, name: string): string[] | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** The options whose value `parseOptions` takes for this command (most commands: the common ones). */
function valuedOptions(name: string): string[] {
  const short = own(SHORT_SECRET, name);
  const user = own(USER_OPTIONS, name);
  const header = own(HEADER_OPTIONS, name);
  return short || user || header ? [...SECRET_OPTIONS, ...(short ?? []), ...(user ?? []), ...(header ?? [])] : SECRET_OPTIONS;
}

function hitsOf(cmd: ShellCommand): Hit[] {
  const hits: Hit[] = [];
  // The arguments, then the assigned values.
  const nArgs = cmd.args.length;
  for (let k = 0; k < nArgs + cmd.assignments.length; k++) {
    const word = k < nArgs ? cmd.args[k] : cmd.assignments[k - nArgs].value;
    if (!word) continue;
    const found = findSecretValue(word.value);
    if (found && !found.match.includes('$')) {
      const assigned = cmd.assignments.find((a) => a.value === word && /^[A-Za-z_][A-Za-z0-9_]*$/.test(a.name) && a.value.value === found.match);
      const hit: Hit = { word, from: found.index, to: found.index + found.match.length, what: found.pattern.description, kind: assigned ? assigned.name : 'TOKEN', whole: !!assigned };
      if (found.pattern.id === 'url-credentials') {
        // Only the password is replaced: `https://user:${GIT_PASSWORD}@host/`.
        const colon = found.match.indexOf(':', found.match.indexOf('://') + 3);
        const at = found.match.indexOf('@', colon);
        hit.kind = 'PASSWORD';
        hit.replace = { from: found.index + colon + 1, to: found.index + at };
      }
      if (found.pattern.id === 'private-key') hit.fixable = false;
      hits.push(hit);
    }
    // Both patterns need an `=`: most words have none.
    if (!word.value.includes('=')) continue;
    const q = QUERY_TOKEN.exec(word.value);
    if (q) {
      const at = q.index + q[0].length - q[1].length;
      hits.push({ word, from: at, to: at + q[1].length, what: 'a token in a URL', kind: 'TOKEN' });
    }
    const npm = NPM_AUTH.exec(word.value);
    if (npm) {
      const at = npm.index + npm[0].length - npm[1].length;
      hits.push({ word, from: at, to: at + npm[1].length, what: 'an npm registry token', kind: 'NPM_TOKEN', whole: true });
    }
  }
  const { options, positionals } = parseOptions(cmd.args, { valued: valuedOptions(cmd.name) });
  for (const opt of options) {
    if (!opt.value) continue;
    if (SECRET_OPTIONS.includes(opt.name) || own(SHORT_SECRET, cmd.name)?.includes(opt.name)) {
      const h = valueHit(opt.value, 'a password or token', opt.name.startsWith('--') ? opt.name.slice(2).toUpperCase().replaceAll('-', '_') : 'PASSWORD');
      if (h) hits.push(h);
    } else if (own(USER_OPTIONS, cmd.name)?.includes(opt.name)) {
      const v = opt.value.value;
      const colon = v.indexOf(':');
      if (colon > 0 && literal(opt.value, v.slice(colon + 1))) hits.push({ word: opt.value, from: colon + 1, to: v.length, what: 'a password', kind: 'PASSWORD' });
    } else if (own(HEADER_OPTIONS, cmd.name)?.includes(opt.name)) {
      const m = AUTH_HEADER.exec(opt.value.value) ?? TOKEN_HEADER.exec(opt.value.value);
      if (m && literal(opt.value, m[1])) {
        const at = m[0].lastIndexOf(m[1]);
        hits.push({ word: opt.value, from: at, to: at + m[1].length, what: 'a credential in a request header', kind: 'TOKEN' });
      }
    }
  }
  if (ATTACHED_PASSWORD.has(cmd.name)) {
    for (const w of cmd.args) {
      if (/^-p./.test(w.value) && !w.value.startsWith('--') && literal(w, w.value.slice(2))) hits.push({ word: w, from: 2, to: w.value.length, what: 'a database password', kind: 'PASSWORD' });
    }
  }
  // npm config set _authToken <value> / //registry/:_authToken <value>
  if ((cmd.name === 'npm' || cmd.name === 'yarn') && positionals[0]?.value === 'config' && positionals[1]?.value === 'set') {
    const key = positionals[2];
    const value = positionals[3];
    if (key && value && /(?:^|:)_(?:authToken|auth|password)$/.test(key.value) && literal(value)) hits.push({ word: value, from: 0, to: value.value.length, what: 'an npm registry token', kind: 'NPM_TOKEN', whole: true });
  }
  return hits;
}

/** How often the Dockerfile names `name` as a whole word (a variable, a secret id …). */
function uses(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + name.length] ?? '';
    if (!/[A-Za-z0-9_]/.test(before) && !/[A-Za-z0-9_]/.test(after)) n++;
  }
  return n;
}

/**
 * The variable a hit's secret is read into: the name it is assigned to
 * (`AWS_ACCESS_KEY_ID=…`, which then names it once already), else
 * `<COMMAND>_<KIND>` (`CURL_TOKEN`), made unique in the file.
 */
function secretName(model: DockerfileModel, cmd: ShellCommand, hit: Hit): string | undefined {
  const tool = cmd.name.slice(cmd.name.lastIndexOf('/') + 1).toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  const base = hit.whole ? hit.kind : `${tool}_${hit.kind}`;
  if (!/^[A-Z][A-Z0-9_]*$/.test(base)) return undefined;
  const text = model.lines.join('\n');
  for (const name of [base, ...[2, 3, 4, 5].map((n) => `${base}_${n}`)]) {
    const own = hit.whole && name === base && hit.kind !== 'NPM_TOKEN' ? 1 : 0;
    if (uses(text, name) <= own && uses(text, name.toLowerCase()) === 0) return name;
  }
  return undefined;
}

/**
 * The fix: the literal becomes `$NAME` (`${NAME}` before a name character)
 * and the RUN mounts the build secret as that variable. Only in the RUN's own
 * shell text (not a heredoc or `sh -c` script), in a word on one line with no
 * single quote, backslash or backtick, so that `$NAME` expands where the
 * literal was.
 */
function secretFix(model: DockerfileModel, cmd: ShellCommand, hit: Hit): Fix[] {
  const run = cmd.run;
  if (hit.fixable === false || run.form !== 'shell' || cmd.origin !== 'shell' || run.onbuild || run.syntaxErrors) return [];
  const from = hit.replace?.from ?? hit.from;
  const to = hit.replace?.to ?? hit.to;
  const word = hit.word.range;
  const range = hit.word.rangeOf(from, to);
  if (word.start.line !== word.end.line || range.start.line !== range.end.line) return [];
  const raw = textOf(model, word);
  if (/['\\`]/.test(raw) || textOf(model, range) !== hit.word.value.slice(from, to)) return [];
  const name = secretName(model, cmd, hit);
  if (!name) return [];
  const id = name.toLowerCase();
  const next = (model.lines[range.end.line] ?? '')[range.end.character] ?? '';
  const ref = /[A-Za-z0-9_]/.test(next) ? `\${${name}}` : `$${name}`;
  const at = run.instruction.getInstructionRange().end;
  return [{
    title: `Read it from build secret ${id} as $${name} (docker build --secret id=${id},env=${name}), and revoke the leaked credential`,
    safe: false,
    edits: [
      { range: { start: at, end: at }, newText: ` --mount=type=secret,id=${id},env=${name}` },
      { range, newText: ref },
    ],
  }];
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
    fix: 'unsafe',
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
            fixes: secretFix(model, cmd, hit),
            message: `${cmd.name} is given ${hit.what} written into the Dockerfile: it ends up in version control and the image history. Pass it with RUN --mount=type=secret and read it from the mounted file`,
          });
        }
      }
    }
  },
};

export default rule;
