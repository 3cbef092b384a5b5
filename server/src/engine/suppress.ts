/**
 * Inline suppressions. `# shipshape-ignore <id>[,<id>…] [reason]` on the line
 * above silences those rules for the next instruction (Dockerfile) or line
 * (YAML, .dockerignore); `# shipshape-ignore-file <id>[,…]` anywhere silences
 * them for the whole file. Other tools' directives are matched against a
 * rule's `equivalents`.
 */
import type { Finding, Range, TextEdit } from '../rules/types.js';

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

/** A parser of one tool's directive syntax in a comment's text (without `#`). */
interface DirectiveSyntax {
  re: RegExp;
  scope: 'next' | 'file';
  /** Turns the captured list into tokens (rule ids or `tool:ID`). */
  tokens(captured: string): string[];
}

const splitList = (s: string) => s.split(/[\s,]+/).map((t) => t.trim()).filter(Boolean);

const SYNTAXES: DirectiveSyntax[] = [
  { re: /^\s*shipshape-ignore-file\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/, scope: 'file', tokens: splitList },
  { re: /^\s*shipshape-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/, scope: 'next', tokens: splitList },
];

/**
 * Reads the directives from the text's comment lines. `spanOf(line)` gives the
 * lines a directive on the line above `line` covers (e.g. a whole multi-line
 * instruction).
 */
export function collectSuppressions(text: string, spanOf: (line: number) => Span): Suppressions {
  const lines = text.split(/\r?\n/);
  const result: Suppressions = { file: new Set(), spans: [] };
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*#(.*)$/.exec(lines[i]);
    if (!m) continue;
    for (const syntax of SYNTAXES) {
      const d = syntax.re.exec(m[1]);
      if (!d) continue;
      const tokens = syntax.tokens(d[1]);
      if (syntax.scope === 'file') {
        tokens.forEach((t) => result.file.add(t));
      } else {
        let next = i + 1;
        while (next < lines.length && (/^\s*#/.test(lines[next]) || lines[next].trim() === '')) next++;
        if (next < lines.length) result.spans.push({ span: spanOf(next), tokens: new Set(tokens) });
      }
      break;
    }
  }
  return result;
}

/** Whether a finding is silenced, by its rule id or one of the rule's equivalents. */
export function isSuppressed(s: Suppressions, finding: Finding, equivalents: readonly string[]): boolean {
  const names = [finding.ruleId, ...equivalents];
  if (names.some((n) => s.file.has(n))) return true;
  const line = finding.range.start.line;
  return s.spans.some(({ span, tokens }) => line >= span.start && line <= span.end && names.some((n) => tokens.has(n)));
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
