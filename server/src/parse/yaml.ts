/**
 * YAML parsing for Compose, Kubernetes, workflow and Dependabot files with
 * `yaml` (eemeli): every document of a multi-document file, node ranges kept
 * so findings and fixes point at exact nodes.
 */
import { positionFinder } from './lines.js';
import { parseAllDocuments, type Document, type Node } from 'yaml';
import type { Position, Range } from '../text.js';

export interface YamlError {
  message: string;
  range: Range;
}

export interface YamlModel {
  text: string;
  docs: Document.Parsed[];
  /** Syntax errors, already filtered for templated files. */
  errors: YamlError[];
  /** The file contains Helm/Go template syntax (`{{ … }}`). */
  templated: boolean;
  /** Position of a character offset. */
  positionAt(offset: number): Position;
  /** Range of a node (its value span), or of the whole file when the node has none. */
  rangeOf(node: Node | null | undefined): Range;
  /** What {@link derived} computed from this model, by the function that computed it. */
  derived?: Map<(model: YamlModel) => unknown, unknown>;
}

export { derived } from './derived.js';

/** Caps that keep hostile input (alias bombs, huge files) bounded. */
const MAX_ALIAS_COUNT = 100;

/** Flow collections opened in a row (`[[[[…`, `{ {`) past which a text is not parsed: the parser slows to seconds on them. */
export const MAX_FLOW_RUN = 1_000;

/**
 * The offset where `[` and `{` (blanks between them allowed) first open more
 * than {@link MAX_FLOW_RUN} collections in a row, or -1. No real file comes
 * near it; a generated or hostile one of 100,000 took the parser 4 to 40 s.
 */
export function deepFlowAt(text: string): number {
  // From one opener to the next by indexOf (native), not character by character: most files open a handful.
  let bracket = text.indexOf('[');
  let brace = text.indexOf('{');
  while (bracket >= 0 || brace >= 0) {
    const start = bracket < 0 ? brace : brace < 0 ? bracket : Math.min(bracket, brace);
    let run = 0;
    let i = start;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 91 || c === 123) {
        if (++run > MAX_FLOW_RUN) return start;
      } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    }
    // The run ended at `i`, a character that opens nothing.
    if (bracket >= 0 && bracket < i) bracket = text.indexOf('[', i);
    if (brace >= 0 && brace < i) brace = text.indexOf('{', i);
  }
  return -1;
}

/**
 * Runs `fn` with no stack traces captured. The YAML library reports each
 * syntax error as an Error object, and capturing its stack was most of the
 * time on damaged files (a 64 KB line of quotes: 1.2 s of 1.4 s); the stacks
 * are never shown. Every parse of text from a file goes through this.
 */
export function withoutStackTraces<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function parseYaml(text: string): YamlModel {
  // `{{` with a `}}` after it (two searches: the regex /\{\{[\s\S]*?\}\}/ took quadratic time on a run of `{{`).
  const open = text.indexOf('{{');
  const templated = open >= 0 && text.indexOf('}}', open + 2) >= 0;
  // Positions from the text's own line starts: the parser's line counter can disagree with them on broken input (none is kept).
  const positionAt: (offset: number) => Position = positionFinder(text);
  const deep = deepFlowAt(text);
  if (deep >= 0) {
    const at = positionAt(deep);
    return {
      text, docs: [], templated, positionAt, derived: new Map(),
      rangeOf: () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }),
      errors: [{ message: `more than ${MAX_FLOW_RUN} flow collections opened in a row; the file is not analysed`, range: { start: at, end: at } }],
    };
  }
  const docs = withoutStackTraces(() => parseAllDocuments(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false, strict: false, logLevel: 'error' }));
  const list = Array.isArray(docs) ? docs : [];
  const rangeOf = (node: Node | null | undefined): Range => {
    const r = node?.range;
    if (!r) return { start: { line: 0, character: 0 }, end: positionAt(0) };
    return { start: positionAt(r[0]), end: positionAt(r[1]) };
  };
  const errors: YamlError[] = [];
  if (!templated) {
    for (const doc of list) {
      for (const err of doc.errors) {
        errors.push({ message: err.message.split('\n')[0], range: { start: positionAt(err.pos[0]), end: positionAt(err.pos[1]) } });
      }
    }
  }
  return { text, docs: list, errors, templated, positionAt, rangeOf, derived: new Map() };
}

/** Converts a document to plain JS safely (aliases bounded); undefined on failure. */
export function toJS(doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}
