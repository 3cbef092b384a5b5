/**
 * Compose interpolation: the variables a Compose file reads (`${VAR}`,
 * `$VAR`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
 * `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`, `$$` for a literal `$`) and
 * their values from the `.env` file beside the Compose file, or from the
 * env files a front end names instead (`--env-file`). Every scalar of the
 * file is resolved once ({@link prepareInterpolation}); the Compose rules read
 * the resolved text through {@link composeText}. A reference nothing resolves
 * (no `.env` entry, no default) is unknown: the scalar keeps its text as
 * written, and rules treat `$` as "cannot tell", never as a finding.
 *
 * The shell environment at `docker compose up` time outranks `.env`; it is
 * not known here, so values are "what `.env` (or the default) says".
 */
import type { Node, Scalar } from 'yaml';
import { isMap, isPair, isScalar, isSeq, scalarText } from './yaml-access.js';
import type { Position, ProjectView, Range, TextEdit } from '../text.js';
import { dirOf, joinPath } from '../paths.js';
import { derived, type YamlModel } from './yaml.js';

/** A variable's value and the file it comes from (as shown in messages, e.g. `.env`). */
export interface EnvValue {
  value: string;
  origin: string;
}

export type ComposeEnv = Map<string, EnvValue>;

/** One `${…}` or `$NAME` reference in a scalar. */
export interface Reference {
  /** Offsets in the scalar's value text. */
  start: number;
  end: number;
  name: string;
  /** The reference as written (`${SOCK}`). */
  text: string;
  /** Its value, undefined when unknown. */
  value?: string;
  /** Where the value came from: an env file's name, or `its default`. */
  origin?: string;
}

export interface Interpolated {
  /** The text as written. */
  raw: string;
  /** The text with every reference replaced, undefined when one is unknown. */
  value?: string;
  refs: Reference[];
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
/** Nesting of `${A:-${B:-…}}` followed at most. */
const MAX_DEPTH = 8;

/**
 * Parses an env file (`KEY=value`, `export KEY=value`, `# comments`, single-
 * and double-quoted values, ` # comment` after an unquoted value). Unquoted
 * and double-quoted values may use variables defined above them.
 */
export function parseEnvFile(text: string, origin: string, into: ComposeEnv = new Map()): ComposeEnv {
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const name = line.slice(0, eq).replace(/^export\s+/, '').trim();
    if (!NAME_START.test(name[0] ?? '') || ![...name].every((c) => NAME_CHAR.test(c))) continue;
    let value = line.slice(eq + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.indexOf(quote, 1) > 0) {
      value = value.slice(1, value.indexOf(quote, 1));
      if (quote === "'") {
        into.set(name, { value, origin });
        continue;
      }
    } else {
      const hash = value.search(/\s#/);
      if (hash >= 0) value = value.slice(0, hash).trim();
    }
    const resolved = value.includes('$') ? interpolate(value, into).value : value;
    if (resolved !== undefined) into.set(name, { value: resolved, origin });
  }
  return into;
}

/**
 * The variables a Compose file's interpolation sees: the env files the
 * project view names (`--env-file`, later ones win), else the `.env` beside
 * the Compose file, read through the project view (never outside it).
 */
export function composeEnv(composePath: string, project: ProjectView): ComposeEnv {
  const env: ComposeEnv = new Map();
  const files = project.composeEnvFiles?.length ? project.composeEnvFiles : [joinPath(dirOf(composePath), '.env')];
  for (const path of files) {
    let text: string | undefined;
    try {
      text = project.readFile(path);
    } catch {
      text = undefined;
    }
    if (text !== undefined) parseEnvFile(text, path.replace(/\\/g, '/').split('/').pop() || path, env);
  }
  return env;
}

/** The end of a `${…}` body starting at `from` (the index after `${`): the index of its closing `}`, or -1. */
function closingBrace(s: string, from: number): number {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '$' && s[i + 1] === '$') i++;
    else if (s[i] === '$' && s[i + 1] === '{') {
      depth++;
      i++;
    } else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Resolves the references of a text against an environment. */
export function interpolate(raw: string, env: ComposeEnv, depth = 0): Interpolated {
  const refs: Reference[] = [];
  let out = '';
  let known = depth <= MAX_DEPTH;
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = raw[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const close = closingBrace(raw, i + 2);
      if (close < 0) {
        known = false;
        break;
      }
      const body = raw.slice(i + 2, close);
      let n = 0;
      while (n < body.length && (n === 0 ? NAME_START : NAME_CHAR).test(body[n])) n++;
      const name = body.slice(0, n);
      const rest = body.slice(n);
      const op = /^(:-|-|:\?|\?|:\+|\+)?/.exec(rest)?.[1] ?? '';
      const word = rest.slice(op.length);
      const ref: Reference = { start: i, end: close + 1, name, text: raw.slice(i, close + 1) };
      if (!name || (!op && rest)) known = false;
      else {
        const set = env.get(name);
        const nonEmpty = set !== undefined && set.value !== '';
        const alt = (): Interpolated => interpolate(word, env, depth + 1);
        let chosen: { value?: string; origin?: string };
        if (op === ':-' || op === '-') {
          const useDefault = op === ':-' ? !nonEmpty : set === undefined;
          chosen = useDefault ? { value: alt().value, origin: 'its default' } : { value: set!.value, origin: set!.origin };
        } else if (op === ':+' || op === '+') {
          const useAlt = op === ':+' ? nonEmpty : set !== undefined;
          chosen = useAlt ? { value: alt().value, origin: set!.origin } : { value: '', origin: set?.origin ?? 'unset' };
        } else if (op === ':?' || op === '?') {
          const ok = op === ':?' ? nonEmpty : set !== undefined;
          chosen = ok ? { value: set!.value, origin: set!.origin } : {};
        } else chosen = set ? { value: set.value, origin: set.origin } : {};
        ref.value = chosen.value;
        ref.origin = chosen.value === undefined ? undefined : chosen.origin;
        if (chosen.value === undefined) known = false;
        else out += chosen.value;
      }
      refs.push(ref);
      i = close + 1;
      continue;
    }
    if (next !== undefined && NAME_START.test(next)) {
      let j = i + 1;
      while (j < raw.length && NAME_CHAR.test(raw[j])) j++;
      const name = raw.slice(i + 1, j);
      const set = env.get(name);
      refs.push({ start: i, end: j, name, text: raw.slice(i, j), value: set?.value, origin: set?.origin });
      if (set) out += set.value;
      else known = false;
      i = j;
      continue;
    }
    out += '$';
    i++;
  }
  return { raw, value: known ? out : undefined, refs };
}

/** A resolved scalar: its interpolation and where its value text starts in the file (when it is written verbatim). */
interface ResolvedScalar extends Interpolated {
  node: Scalar;
  /** File offset of the value's first character, when the source shows the value verbatim (no escapes, no folding). */
  at?: number;
}

const resolvedScalars = new WeakMap<Node, ResolvedScalar>();
interface Prepared { scalars: ResolvedScalar[]; byLine: Map<number, ResolvedScalar[]> }

/** Where a model keeps its prepared interpolation. */
const slot = (): { prepared?: Prepared } => ({});
const preparedOf = (model: YamlModel): Prepared | undefined => derived(model, slot).prepared;

/** The resolved scalars that touch lines `from`..`to` (looked up by line, so a file of thousands stays linear). */
function scalarsOnLines(model: YamlModel, from: number, to: number): ResolvedScalar[] {
  const done = preparedOf(model);
  if (!done) return [];
  const out = new Set<ResolvedScalar>();
  for (let line = from; line <= to; line++) for (const s of done.byLine.get(line) ?? []) out.add(s);
  return [...out];
}

function eachValueScalar(node: unknown, visit: (s: Scalar, inEnvironment: boolean) => void, inEnvironment = false, depth = 0): void {
  if (depth > 200) return;
  if (isScalar(node)) visit(node, inEnvironment);
  else if (isMap(node)) {
    for (const p of node.items) if (isPair(p)) eachValueScalar(p.value, visit, inEnvironment || (isScalar(p.key) && p.key.value === 'environment'), depth + 1);
  } else if (isSeq(node)) for (const item of node.items) eachValueScalar(item, visit, inEnvironment, depth + 1);
}

/**
 * Resolves every scalar value of a Compose file that has a `$` against the
 * file's environment, so {@link composeText} returns the interpolated text.
 * Called once per analysis of a Compose file, before its rules run.
 */
export function prepareInterpolation(model: YamlModel, path: string, project: ProjectView): void {
  const env = composeEnv(path, project);
  const scalars: ResolvedScalar[] = [];
  for (const doc of model.docs) {
    // `environment:` values are resolved too, but the rules about them read defaults themselves
    // (`${DEBUG:-1}` "falls back to"): they get no note, and their fixes may edit a default.
    eachValueScalar(doc.contents, (s, inEnvironment) => {
      if (typeof s.value !== 'string' || !s.value.includes('$')) return;
      const it = interpolate(s.value, env);
      const r = s.range;
      let at: number | undefined;
      if (r) {
        const quoted = s.type === 'QUOTE_DOUBLE' || s.type === 'QUOTE_SINGLE';
        const start = r[0] + (quoted ? 1 : 0);
        if (model.text.slice(start, start + s.value.length) === s.value) at = start;
      }
      const entry: ResolvedScalar = { ...it, node: s, at };
      resolvedScalars.set(s, entry);
      if (!inEnvironment) scalars.push(entry);
    });
  }
  const byLine = new Map<number, ResolvedScalar[]>();
  for (const entry of scalars) {
    if (!entry.node.range) continue;
    const r = model.rangeOf(entry.node);
    const lines = new Set<number>([r.end.line]);
    for (let line = r.start.line; line <= Math.min(r.end.line, r.start.line + 50); line++) lines.add(line);
    for (const line of lines) {
      const list = byLine.get(line) ?? [];
      list.push(entry);
      byLine.set(line, list);
    }
  }
  derived(model, slot).prepared = { scalars, byLine };
}

/**
 * A Compose scalar's text after interpolation: the resolved text when every
 * reference in it resolves, else the text as written (a `$` left in it means
 * "unknown"). Numbers and booleans come back as written.
 */
export function composeText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const hit = resolvedScalars.get(node);
  return hit ? (hit.value ?? hit.raw) : scalarText(node);
}

/** `true` as Compose reads it, after interpolation (`privileged: ${PRIV}` with `PRIV=true`). */
export function composeTrue(node: unknown): boolean {
  if (!isScalar(node)) return false;
  if (node.value === true) return true;
  return /^true$/i.test(composeText(node) ?? '');
}

/** The interpolation of a scalar, when it has references. */
export function interpolationOf(node: unknown): Interpolated | undefined {
  return isScalar(node) ? resolvedScalars.get(node) : undefined;
}

/** How a resolved reference reads in a message: "`${SOCK}` is /var/run/docker.sock (from .env)". */
export function describeReference(ref: Reference): string {
  const from = ref.origin === 'its default' ? 'its default' : `from ${ref.origin}`;
  return `\`${ref.text}\` is ${ref.value === '' ? 'empty' : ref.value} (${from})`;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const overlaps = (a: Range, b: Range) => before(a.start, b.end) && before(b.start, a.end);

/** Findings spanning more lines than this are about a whole block, not a value: they get no note. */
const NOTE_MAX_LINES = 4;

/**
 * What a finding over `range` should add to say where interpolated values
 * came from: "`${SOCK}` is /var/run/docker.sock (from .env)", for the
 * resolved references of the scalars the range covers (empty when none).
 */
export function interpolationNote(model: YamlModel, range: Range): string {
  if (range.end.line - range.start.line > NOTE_MAX_LINES) return '';
  const notes: string[] = [];
  for (const s of scalarsOnLines(model, range.start.line, range.end.line)) {
    if (s.value === undefined || !s.node.range) continue;
    if (!overlaps(model.rangeOf(s.node), range)) continue;
    for (const ref of s.refs) {
      const note = describeReference(ref);
      if (ref.value !== undefined && !notes.includes(note)) notes.push(note);
    }
  }
  return notes.slice(0, 3).join('; ');
}

/**
 * Whether an edit would write through a variable: it changes the characters
 * of a `${…}`/`$NAME` reference, or replaces an interpolated scalar with text
 * that drops a reference (`image: postgres:${TAG}` → `postgres:17` would pin
 * what the variable chooses). Edits beside the references (adding
 * `127.0.0.1:` before `${PORT}:5432`) and edits that remove the whole entry
 * holding the value are fine.
 */
export function editsThroughVariable(model: YamlModel, edit: TextEdit): boolean {
  if (!preparedOf(model)) return false;
  const span = edit.range.end.line - edit.range.start.line;
  const candidates = span > 200 ? preparedOf(model)!.scalars : scalarsOnLines(model, edit.range.start.line, edit.range.end.line);
  for (const s of candidates) {
    if (!s.node.range || s.refs.length === 0) continue;
    const whole = model.rangeOf(s.node);
    const empty = !before(edit.range.start, edit.range.end);
    const touchesScalar = empty ? !before(edit.range.start, whole.start) && !before(whole.end, edit.range.start) : overlaps(edit.range, whole);
    if (!touchesScalar) continue;
    const covers = !before(whole.start, edit.range.start) && !before(edit.range.end, whole.end);
    if (covers) {
      // Removing or rewriting the whole entry around the value is no edit through it; replacing
      // just the value is, unless the new text keeps every reference.
      const exactly = !before(edit.range.start, whole.start) && !before(whole.end, edit.range.end);
      if (exactly && !s.refs.every((r) => edit.newText.includes(r.text))) return true;
      continue;
    }
    if (s.at === undefined) return true;
    for (const ref of s.refs) {
      const refRange: Range = { start: model.positionAt(s.at + ref.start), end: model.positionAt(s.at + ref.end) };
      if (empty ? before(refRange.start, edit.range.start) && before(edit.range.start, refRange.end) : overlaps(edit.range, refRange)) return true;
    }
  }
  return false;
}
