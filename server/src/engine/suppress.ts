/**
 * Inline suppressions. `# shipshape-ignore <id>[,<id>…] [reason]` on the line
 * above silences those rules for the next instruction (Dockerfile) or line
 * (YAML, .dockerignore); `# shipshape-ignore-file <id>[,…]` anywhere silences
 * them for the whole file.
 *
 * Directives written for other tools are honoured for the rules that list the
 * named check among their `equivalents`:
 *
 * | directive | scope |
 * | --- | --- |
 * | `# hadolint ignore=DL3008,DL3009` | next instruction |
 * | `# hadolint global ignore=DL3008` | file |
 * | `#checkov:skip=CKV_DOCKER_2:reason` (Dockerfile) | file |
 * | `#trivy:ignore:AVD-DS-0002` (also `DS-0002`, `DS002`; `:exp:YYYY-MM-DD`) | next instruction or line |
 * | `# kics-scan ignore-line` | next line |
 * | `# kics-scan ignore-block` | next instruction, or the YAML block below |
 * | `# kics-scan ignore` | file |
 * | `# check=skip=Rule1,Rule2` (BuildKit, Dockerfile) | file |
 * | `# check=error=true` (BuildKit, Dockerfile): findings of rules with a BuildKit id become errors | file |
 * | Kubernetes `checkov.io/skipN: CKV_K8S_20=reason` annotation | that object |
 * | Kubernetes `ignore-check.kube-linter.io/<check>` annotation, `kube-linter.io/ignore-all` | that object |
 * | Kubernetes `polaris.fairwinds.com/<check>-exempt: "true"`, `polaris.fairwinds.com/exempt: "true"` | that object |
 *
 * Tokens are rule ids or `tool:ID`; `tool:*` matches every rule with an
 * equivalent of that tool (KICS directives name no query, `kube-linter.io/ignore-all`).
 */
import { isMap, isScalar, type Document } from 'yaml';
import type { YamlModel } from '../parse/yaml.js';
import { valueOf } from '../parse/yaml-access.js';
import type { FileKind, Finding, Range, TextEdit } from '../rules/types.js';

/** A line range [start, end] (inclusive, zero-based) covered by a directive. */
export interface Span {
  start: number;
  end: number;
}

export interface Suppressions {
  /** Tokens silenced for the whole file: rule ids or `tool:ID` equivalents. */
  file: Set<string>;
  /** Tokens silenced on a span of lines. */
  spans: { span: Span; tokens: Set<string> }[];
}

/** What the directives may depend on besides the text. */
export interface SuppressionContext {
  /** The kind of the analysed file; some directives belong to one kind. */
  kind?: FileKind;
  /** The parsed model; Kubernetes annotations are read from the YAML model. */
  model?: unknown;
  /** The date expiring directives are compared with (default: now). */
  today?: Date;
  /** Tools whose directives are not honoured (hadolint's `disable-ignore-pragma`). */
  ignoreTools?: readonly string[];
}

/** Where a directive applies. */
type Scope = 'next' | 'line' | 'block' | 'file';

/** A parser of one tool's directive syntax in a comment's text (without `#`). */
interface DirectiveSyntax {
  re: RegExp;
  /** Text every match contains (the regexes are case-sensitive): a comment without it is not tried. */
  needle: string;
  scope: Scope;
  /** Only in files of this kind. */
  kind?: FileKind;
  /** Turns the match into tokens (rule ids or `tool:ID`); an empty list honours nothing. */
  tokens(match: RegExpExecArray, ctx: SuppressionContext): string[];
}

const splitList = (s: string) => s.split(/[\s,]+/).map((t) => t.trim()).filter(Boolean);
const prefixed = (tool: string, list: string) => splitList(list).map((id) => `${tool}:${id}`);

/**
 * Trivy accepts a check's ID, its long id and its alias: `DS-0002`,
 * `AVD-DS-0002` and `DS002` name the same check. Returns the `DS-0002` form.
 */
export function normalizeTrivyId(id: string): string {
  const m = /^(?:AVD-)?([A-Za-z]+)-?(\d+)$/.exec(id.trim());
  return m ? `${m[1].toUpperCase()}-${m[2].padStart(4, '0')}` : id.trim();
}

/** A `tool:ID` token in its canonical form (Trivy ids normalised). */
export function normalizeToken(token: string): string {
  return token.startsWith('trivy:') ? `trivy:${normalizeTrivyId(token.slice(6))}` : token;
}

function notExpired(exp: string | undefined, today: Date): boolean {
  if (!exp) return true;
  const end = Date.parse(`${exp}T23:59:59Z`);
  return Number.isNaN(end) || today.getTime() <= end;
}

const ID_LIST = '([A-Za-z0-9_-]+(?:\\s*,\\s*[A-Za-z0-9_-]+)*)';

const SYNTAXES: DirectiveSyntax[] = [
  { needle: 'shipshape-ignore-file', re: /^\s*shipshape-ignore-file\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/, scope: 'file', tokens: (m) => splitList(m[1]) },
  { needle: 'shipshape-ignore', re: /^\s*shipshape-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/, scope: 'next', tokens: (m) => splitList(m[1]) },
  { needle: 'hadolint', re: new RegExp(`^\\s*hadolint\\s+global\\s+ignore\\s*=\\s*${ID_LIST}`), scope: 'file', tokens: (m) => prefixed('hadolint', m[1]) },
  { needle: 'hadolint', re: new RegExp(`^\\s*hadolint\\s+ignore\\s*=\\s*${ID_LIST}`), scope: 'next', tokens: (m) => prefixed('hadolint', m[1]) },
  {
    needle: ':skip=',
    re: /^\s*(?:checkov|bridgecrew):skip=\s*([A-Za-z0-9_]+(?:,[A-Za-z0-9_]+)*)/,
    scope: 'file',
    kind: 'dockerfile',
    tokens: (m) => prefixed('checkov', m[1]),
  },
  {
    needle: 'trivy:ignore:',
    re: /^\s*trivy:ignore:([A-Za-z0-9-]+)((?::[A-Za-z]+:[^:\s]+)*)/,
    scope: 'next',
    tokens: (m, ctx) => {
      const exp = /:exp:([^:\s]+)/.exec(m[2])?.[1];
      return notExpired(exp, ctx.today ?? new Date()) ? [`trivy:${normalizeTrivyId(m[1])}`] : [];
    },
  },
  { needle: 'kics-scan', re: /^\s*kics-scan\s+ignore-line\s*$/, scope: 'line', tokens: () => ['kics:*'] },
  { needle: 'kics-scan', re: /^\s*kics-scan\s+ignore-block\s*$/, scope: 'block', tokens: () => ['kics:*'] },
  { needle: 'kics-scan', re: /^\s*kics-scan\s+ignore\s*$/, scope: 'file', tokens: () => ['kics:*'] },
  {
    needle: 'check',
    re: /^\s*check\s*=\s*(?:[^;]*;)*\s*skip\s*=\s*([A-Za-z0-9_,\s]+)/,
    scope: 'file',
    kind: 'dockerfile',
    tokens: (m) => splitList(m[1]).map((id) => (id.toLowerCase() === 'all' ? 'buildkit:*' : `buildkit:${id}`)),
  },
];

/**
 * Whether a Dockerfile asks for BuildKit's checks to fail the build
 * (`# check=error=true`, alone or with `skip=…` joined by `;`). Like BuildKit,
 * the directive is read among the comments above the first instruction.
 */
export function buildkitChecksAreErrors(text: string | readonly string[]): boolean {
  const lines = typeof text === 'string' ? text.split(/\r?\n/) : text;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const m = /^\s*#\s*check\s*=\s*(.*)$/i.exec(line);
    if (!m) {
      if (/^\s*#/.test(line)) continue;
      return false;
    }
    for (const part of m[1].split(';')) {
      const [key, value] = part.split('=').map((x) => x.trim().toLowerCase());
      if (key === 'error' && value === 'true') return true;
    }
  }
  return false;
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
const isBlankOrComment = (line: string) => line.trim() === '' || /^\s*#/.test(line);

/** Lines of the YAML block starting at `start`: it and the lines indented deeper. */
function yamlBlock(lines: string[], start: number): Span {
  const base = indentOf(lines[start]);
  // `key:` may own a sequence written at its own indentation.
  const ownsSameIndentItems = /:\s*$/.test(lines[start]) && !/^\s*-\s/.test(lines[start]);
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    if (isBlankOrComment(lines[i])) continue;
    const indent = indentOf(lines[i]);
    if (indent < base || (indent === base && !(ownsSameIndentItems && /^\s*-(\s|$)/.test(lines[i])))) break;
    end = i;
  }
  return { start, end };
}

/**
 * Reads the directives from the text's comment lines. `spanOf(line)` gives the
 * lines a directive on the line above `line` covers (e.g. a whole multi-line
 * instruction). Kubernetes annotations are read when the context has the
 * YAML model of a Kubernetes file.
 */
export function collectSuppressions(text: string, spanOf: (line: number) => Span, ctx: SuppressionContext = {}): Suppressions {
  const result: Suppressions = { file: new Set(), spans: [] };
  // Only the directives of this kind whose text occurs in the file are looked for: most files have none, and are not split into lines.
  const syntaxes = text.includes('#') ? SYNTAXES.filter((s) => !(s.kind && ctx.kind && s.kind !== ctx.kind) && text.includes(s.needle)) : [];
  const lines = syntaxes.length ? text.split(/\r?\n/) : [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*#(.*)$/.exec(lines[i]);
    if (!m) continue;
    for (const syntax of syntaxes) {
      if (!m[1].includes(syntax.needle)) continue;
      const d = syntax.re.exec(m[1]);
      if (!d) continue;
      const tokens = syntax.tokens(d, ctx);
      if (tokens.length === 0 || ctx.ignoreTools?.some((tool) => tokens[0].startsWith(`${tool}:`))) break;
      if (syntax.scope === 'file') {
        tokens.forEach((t) => result.file.add(t));
        break;
      }
      let next = i + 1;
      while (next < lines.length && isBlankOrComment(lines[next])) next++;
      if (next >= lines.length) break;
      let span: Span;
      if (syntax.scope === 'line') span = { start: next, end: next };
      else if (syntax.scope === 'block' && ctx.kind !== 'dockerfile') span = yamlBlock(lines, next);
      else span = spanOf(next);
      result.spans.push({ span, tokens: new Set(tokens) });
      break;
    }
  }
  if (ctx.kind === 'kubernetes' && ctx.model) {
    for (const s of annotationSuppressions(ctx.model as YamlModel)) result.spans.push(s);
  }
  return result;
}

const truthy = (v: unknown) => v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');

/** Tokens one annotation of a Kubernetes object stands for. */
export function annotationTokens(key: string, value: unknown): string[] {
  if (/^checkov\.io\/skip\d*$/.test(key) && typeof value === 'string') {
    const id = value.split('=')[0].trim();
    return id ? [`checkov:${id}`] : [];
  }
  const kl = /^ignore-check\.kube-linter\.io\/(.+)$/.exec(key);
  if (kl) return [`kube-linter:${kl[1]}`];
  if (key === 'kube-linter.io/ignore-all') return ['kube-linter:*'];
  if (key === 'polaris.fairwinds.com/exempt') return truthy(value) ? ['polaris:*'] : [];
  const pol = /^polaris\.fairwinds\.com\/(.+)-exempt$/.exec(key);
  if (pol) return truthy(value) ? [`polaris:${pol[1]}`] : [];
  return [];
}

/** Suppressions from the `metadata.annotations` of each object, covering that object's document. */
function annotationSuppressions(model: YamlModel): { span: Span; tokens: Set<string> }[] {
  const out: { span: Span; tokens: Set<string> }[] = [];
  for (const doc of model.docs as Document.Parsed[]) {
    const annotations = valueOf(valueOf(doc.contents, 'metadata'), 'annotations');
    if (!isMap(annotations)) continue;
    const tokens = new Set<string>();
    for (const pair of annotations.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (key) annotationTokens(key, value).forEach((t) => tokens.add(t));
    }
    if (tokens.size === 0) continue;
    const [start, , end] = doc.range;
    out.push({ span: { start: model.positionAt(start).line, end: model.positionAt(end).line }, tokens });
  }
  return out;
}

/** Whether a token silences a rule known by these names (its id and its equivalents). */
function matches(tokens: ReadonlySet<string>, names: readonly string[]): boolean {
  for (const t of tokens) {
    if (t.endsWith(':*')) {
      const tool = t.slice(0, -1);
      if (names.some((n) => n.startsWith(tool))) return true;
    } else if (names.includes(t)) {
      return true;
    }
  }
  return false;
}

/** Whether a finding is silenced, by its rule id or one of the rule's equivalents. */
export function isSuppressed(s: Suppressions, finding: Finding, equivalents: readonly string[]): boolean {
  if (s.file.size === 0 && s.spans.length === 0) return false;
  const names = [finding.ruleId, ...equivalents.map(normalizeToken)];
  if (matches(s.file, names)) return true;
  const line = finding.range.start.line;
  return s.spans.some(({ span, tokens }) => line >= span.start && line <= span.end && matches(tokens, names));
}

/**
 * The edit that inserts `# shipshape-ignore <id>` above the line where the
 * flagged instruction starts, with that line's indentation.
 */
export function suppressionEdit(text: string, ruleId: string, range: Range, spanOf: (line: number) => Span): TextEdit {
  const lines = text.split(/\r?\n/);
  const line = spanOf(range.start.line).start;
  const indent = /^\s*/.exec(lines[line] ?? '')?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}# shipshape-ignore ${ruleId}${eol}`,
  };
}
