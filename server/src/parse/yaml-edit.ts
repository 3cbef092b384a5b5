/**
 * Formatting-preserving YAML edits. Given the nodes of a parsed document
 * (`yaml` with node ranges), these helpers return LSP text edits that touch
 * only the text they are about: a scalar's token is replaced in place, new
 * keys are written with the indentation of their siblings (or the file's
 * indent unit), flow collections (`{a: 1}`, `[a, b]`) get their new entries
 * inside the brackets, comments stay where they are and CRLF files stay CRLF.
 *
 * The usual entry point is {@link mergeInto}: deep-merge a plain value into a
 * mapping (missing keys inserted, differing scalars replaced, missing sequence
 * items appended).
 */
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Position, TextEdit } from '../text.js';
import { findPair, getIn, isMap, isPair, isScalar, isSeq } from './yaml-access.js';

/** A plain YAML value to write. Objects keep their key order. */
export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

/** What the helpers need of a parsed file: its text and a way to turn offsets into positions. */
export interface EditSource {
  text: string;
  positionAt(offset: number): Position;
}

/** Layout conventions of a file, detected from its own nesting. */
export interface YamlStyle {
  /** Spaces per nesting level (2 when nothing can be measured). */
  indent: number;
  /** Whether block sequences are indented under their key (`key:\n  - x`) rather than flush (`key:\n- x`). */
  seqIndent: boolean;
  /** The file's line break. */
  eol: '\n' | '\r\n';
}

type AnyNode = Node | Pair | null | undefined;

const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
const NUMBERISH = /^[-+.]?(?:\d|\.(?:inf|nan))/i;
const PLAIN_SAFE = /^[A-Za-z_/$@][^:#\n\r{}[\],&*!|>'"%`]*$/;

/** Renders a scalar as a YAML token; `quote` asks for the quoting style of the token it replaces. */
export function formatScalar(value: string | number | boolean | null, quote?: Scalar['type']): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  if (quote === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (quote === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (value !== '' && PLAIN_SAFE.test(value) && !RESERVED.test(value) && !NUMBERISH.test(value) && value.trim() === value) return value;
  return JSON.stringify(value);
}

const isObject = (v: YamlValue): v is { [key: string]: YamlValue } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Renders a value in flow style (`{a: 1, b: [x]}`). */
export function formatFlow(value: YamlValue): string {
  if (Array.isArray(value)) return `[${value.map(formatFlow).join(', ')}]`;
  if (isObject(value)) return `{${Object.entries(value).map(([k, v]) => `${formatScalar(k)}: ${formatFlow(v)}`).join(', ')}}`;
  return formatScalar(value);
}

function isEmptyCollection(v: YamlValue): boolean {
  return (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
}

/** Lines of `key: value` in block style at column `col`. */
function blockPair(key: string, value: YamlValue, col: number, style: YamlStyle): string[] {
  const pad = ' '.repeat(col);
  const k = formatScalar(key);
  if (!Array.isArray(value) && !isObject(value)) return [`${pad}${k}: ${formatScalar(value)}`];
  if (isEmptyCollection(value)) return [`${pad}${k}: ${formatFlow(value)}`];
  if (Array.isArray(value)) return [`${pad}${k}:`, ...blockItems(value, col + (style.seqIndent ? style.indent : 0), style)];
  return [`${pad}${k}:`, ...blockPairs(value, col + style.indent, style)];
}

function blockPairs(value: { [key: string]: YamlValue }, col: number, style: YamlStyle): string[] {
  return Object.entries(value).flatMap(([k, v]) => blockPair(k, v, col, style));
}

/** Lines of `- item` entries with the dash at column `col`. */
function blockItems(items: YamlValue[], col: number, style: YamlStyle): string[] {
  const pad = ' '.repeat(col);
  return items.flatMap((item) => {
    if (Array.isArray(item) && item.length) {
      const [first, ...rest] = blockItems(item, col + 2, style);
      return [`${pad}- ${first.slice(col + 2)}`, ...rest];
    }
    if (isObject(item) && Object.keys(item).length) {
      const [first, ...rest] = blockPairs(item, col + 2, style);
      return [`${pad}- ${first.slice(col + 2)}`, ...rest];
    }
    return [`${pad}- ${formatFlow(item)}`];
  });
}

/** Offset of the start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the end of the line holding `offset`, before its line break. */
export function lineEndOf(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > 0 && text[end - 1] === '\r') end--;
  return end;
}

function columnOf(text: string, offset: number): number {
  const start = lineStartOf(text, offset);
  // A byte-order mark before the first line is no indentation: keys under it sit at column 0.
  return offset - start - (start === 0 && text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : 0);
}

/** Offset just after the last character of a node's own content (trailing comments and blank lines excluded). */
function contentEnd(node: AnyNode): number | undefined {
  if (!node) return undefined;
  if (isPair(node)) return contentEnd(node.value as AnyNode) ?? contentEnd(node.key as AnyNode);
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length) {
    return contentEnd(node.items[node.items.length - 1] as AnyNode) ?? node.range?.[1];
  }
  return (node as Node).range?.[1];
}

/** Detects the indent unit and sequence style of a file from its documents' nesting. */
export function detectStyle(text: string, roots: readonly AnyNode[]): YamlStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indents = new Map<number, number>();
  let seqIn = 0;
  let seqFlush = 0;
  let budget = 2000;
  const visit = (node: AnyNode): void => {
    if (!node || budget-- <= 0) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const value = pair.value as AnyNode;
        if (key?.range && !node.flow) {
          const keyCol = columnOf(text, key.range[0]);
          if (isMap(value) && !value.flow && value.items[0]) {
            const child = (value.items[0].key as Node | null)?.range?.[0];
            if (child !== undefined) {
              const d = columnOf(text, child) - keyCol;
              if (d > 0) indents.set(d, (indents.get(d) ?? 0) + 1);
            }
          } else if (isSeq(value) && !value.flow && value.range) {
            const d = columnOf(text, value.range[0]) - keyCol;
            if (d > 0) {
              seqIn++;
              indents.set(d, (indents.get(d) ?? 0) + 1);
            } else if (d === 0) seqFlush++;
          }
        }
        visit(value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item as AnyNode);
    }
  };
  roots.forEach(visit);
  let indent = 2;
  let best = 0;
  for (const [d, n] of indents) if (n > best || (n === best && d < indent)) [indent, best] = [d, n];
  return { indent, seqIndent: seqFlush > seqIn ? false : true, eol };
}

/** {@link detectStyle} of a parsed file (the key under which rules share it; see `derived`). */
export function modelStyle(model: { text: string; docs: readonly { contents: unknown }[] }): YamlStyle {
  return detectStyle(model.text, model.docs.map((d) => d.contents as AnyNode));
}

function edit(src: EditSource, start: number, end: number, newText: string): TextEdit {
  return { range: { start: src.positionAt(start), end: src.positionAt(end) }, newText };
}

/** Replaces a scalar's token with `value`, keeping its quoting style when the new value is a string. */
export function setScalar(src: EditSource, node: Scalar, value: string | number | boolean | null): TextEdit | undefined {
  const r = node.range;
  if (!r) return undefined;
  const quote = typeof value === 'string' ? node.type : undefined;
  return edit(src, r[0], r[1], formatScalar(value, quote));
}

/** Inserts entries inside a flow collection's brackets. */
function insertFlow(src: EditSource, node: YAMLMap | YAMLSeq, entries: string[]): TextEdit | undefined {
  const r = node.range;
  if (!r) return undefined;
  const close = src.text.lastIndexOf(isMap(node) ? '}' : ']', r[1] - 1);
  if (close < r[0]) return undefined;
  let last = close - 1;
  while (last > r[0] && /\s/.test(src.text[last])) last--;
  const prev = src.text[last];
  const body = entries.join(', ');
  const at = last + 1;
  if (prev === '{' || prev === '[') return edit(src, at, at, body);
  return edit(src, at, at, prev === ',' ? ` ${body}` : `, ${body}`);
}

/**
 * Inserts `key: value` pairs at the end of a mapping: inside the braces of a
 * flow mapping, or as new lines after its last entry, at the column of its keys.
 */
export function insertPairs(src: EditSource, map: YAMLMap, entries: { [key: string]: YamlValue }, style: YamlStyle): TextEdit | undefined {
  if (!Object.keys(entries).length) return undefined;
  if (map.flow) return insertFlow(src, map, Object.entries(entries).map(([k, v]) => `${formatScalar(k)}: ${formatFlow(v)}`));
  const first = map.items[0]?.key as Node | null | undefined;
  const end = contentEnd(map);
  if (!first?.range || end === undefined) return undefined;
  const col = columnOf(src.text, first.range[0]);
  const at = lineEndOf(src.text, Math.max(first.range[0], end - 1));
  return edit(src, at, at, style.eol + blockPairs(entries, col, style).join(style.eol));
}

/** Appends items to a sequence: inside the brackets of a flow sequence, or as new `- item` lines at its dash column. */
export function appendItems(src: EditSource, seq: YAMLSeq, items: YamlValue[], style: YamlStyle): TextEdit | undefined {
  if (!items.length) return undefined;
  if (seq.flow) return insertFlow(src, seq, items.map(formatFlow));
  const end = contentEnd(seq);
  if (!seq.range || end === undefined) return undefined;
  const col = columnOf(src.text, seq.range[0]);
  const at = lineEndOf(src.text, Math.max(seq.range[0], end - 1));
  return edit(src, at, at, style.eol + blockItems(items, col, style).join(style.eol));
}

/** Whether a pair's value is missing, empty (`key:`) or an explicit null (`key: null`, `key: ~`). */
export function isNullValue(pair: Pair): boolean {
  const v = pair.value;
  return v === null || v === undefined || (isScalar(v) && v.value === null);
}

/**
 * Gives a pair with an empty or null value (`key:`, `key: null`, `key: ~`) a
 * value. Collections are written in block style below the key (in flow style
 * when the pair sits inside a flow mapping).
 */
export function fillValue(src: EditSource, pair: Pair, value: YamlValue, style: YamlStyle, inFlow = false): TextEdit[] {
  const key = pair.key as Node | null;
  if (!key?.range) return [];
  const v = pair.value as Scalar | null;
  const token = v?.range && v.range[1] > v.range[0] ? v.range : undefined;
  const scalarLike = !Array.isArray(value) && !isObject(value);
  if (inFlow || scalarLike || isEmptyCollection(value)) {
    const text = inFlow ? formatFlow(value) : scalarLike ? formatScalar(value as string) : formatFlow(value);
    if (token) return [edit(src, token[0], token[1], text)];
    const colon = src.text.indexOf(':', key.range[1]);
    if (colon < 0) return [];
    return [edit(src, colon + 1, colon + 1, ` ${text}`)];
  }
  const col = columnOf(src.text, key.range[0]);
  const lines = Array.isArray(value)
    ? blockItems(value, col + (style.seqIndent ? style.indent : 0), style)
    : blockPairs(value, col + style.indent, style);
  const edits: TextEdit[] = [];
  let lineEndFrom = key.range[1];
  if (token) {
    let from = token[0];
    while (from > key.range[1] && (src.text[from - 1] === ' ' || src.text[from - 1] === '\t')) from--;
    edits.push(edit(src, from, token[1], ''));
    lineEndFrom = token[1];
  }
  const at = lineEndOf(src.text, lineEndFrom);
  edits.push(edit(src, at, at, style.eol + lines.join(style.eol)));
  return edits;
}

function sameScalar(node: unknown, value: YamlValue): boolean {
  return isScalar(node) && node.value === value;
}

/** Replaces whatever value a pair has with `value`. */
function replaceValue(src: EditSource, pair: Pair, value: YamlValue, style: YamlStyle, inFlow: boolean): TextEdit[] {
  const node = pair.value as Node | null;
  if (isNullValue(pair)) return fillValue(src, pair, value, style, inFlow);
  if (isScalar(node) && !Array.isArray(value) && !isObject(value)) {
    const e = setScalar(src, node, value);
    return e ? [e] : [];
  }
  if (!node?.range) return [];
  if (isScalar(node) || (node as YAMLMap).flow || inFlow) return [edit(src, node.range[0], node.range[1], formatFlow(value))];
  return [];
}

/**
 * Deep-merges `value` into a mapping and returns the edits: missing keys are
 * inserted (together, in one edit per mapping), scalars that differ are
 * replaced, missing items are appended to sequences, and nested mappings are
 * merged recursively. A key whose current value cannot be merged (a block
 * collection where a scalar is wanted) is left alone, and its key added to
 * `unmerged` when given.
 */
export function mergeInto(src: EditSource, map: YAMLMap, value: { [key: string]: YamlValue }, style: YamlStyle, unmerged?: string[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const missing: { [key: string]: YamlValue } = {};
  for (const [key, want] of Object.entries(value)) {
    const pair = findPair(map, key);
    if (!pair) {
      missing[key] = want;
      continue;
    }
    const node = pair.value;
    if (isObject(want) && isMap(node)) edits.push(...mergeInto(src, node, want, style, unmerged));
    else if (Array.isArray(want) && isSeq(node)) {
      const have = node.items.map((i) => (isScalar(i) ? i.value : undefined));
      const add = want.filter((w) => !have.includes(w as never));
      const e = appendItems(src, node, add, style);
      if (e) edits.push(e);
    } else if (!sameScalar(node, want)) {
      const e = replaceValue(src, pair, want, style, !!map.flow);
      if (!e.length) unmerged?.push(key);
      edits.push(...e);
    }
  }
  const ins = insertPairs(src, map, missing, style);
  if (ins) edits.push(ins);
  return edits;
}

/**
 * Sets the value at a key path below a mapping, creating the missing
 * mappings on the way (`setIn(src, container, ['securityContext', 'privileged'], false)`).
 * Returns no edits when a step of the path is not a mapping.
 */
export function setIn(src: EditSource, map: YAMLMap, path: readonly string[], value: YamlValue, style: YamlStyle): TextEdit[] {
  if (!path.length) return [];
  const nested: { [key: string]: YamlValue } = {};
  let cur = nested;
  path.forEach((k, i) => {
    if (i === path.length - 1) cur[k] = value;
    else cur = cur[k] = {};
  });
  return mergeInto(src, map, nested, style);
}

/**
 * Replaces a whole `key: value` pair of a mapping with `newKey: value`
 * (e.g. an env var's `value: s3cret` with `valueFrom: {secretKeyRef: …}`),
 * written in the mapping's style at the pair's column.
 */
export function replacePair(src: EditSource, map: YAMLMap, pair: Pair, newKey: string, value: YamlValue, style: YamlStyle): TextEdit | undefined {
  const key = pair.key as Node | null;
  const end = contentEnd(pair);
  if (!key?.range || end === undefined) return undefined;
  if (map.flow) return edit(src, key.range[0], end, `${formatScalar(newKey)}: ${formatFlow(value)}`);
  const col = columnOf(src.text, key.range[0]);
  const lines = blockPair(newKey, value, col, style);
  return edit(src, key.range[0], end, [lines[0].slice(col), ...lines.slice(1)].join(style.eol));
}

/**
 * The edit that deletes a node's whole lines in block style (from the start
 * of the line where `start` is to the end of the line holding `end`, with its
 * line break), or undefined when other content shares those lines.
 */
function deleteLines(src: EditSource, start: number, end: number, lead: RegExp): TextEdit | undefined {
  const text = src.text;
  const from = lineStartOf(text, start);
  if (!lead.test(text.slice(from, start))) return undefined;
  const lastLineEnd = lineEndOf(text, Math.max(start, end - 1));
  const after = text.slice(end, lastLineEnd);
  if (after.trim() && !after.trim().startsWith('#')) return undefined;
  let to = lastLineEnd;
  if (text[to] === '\r') to++;
  if (text[to] === '\n') return edit(src, from, to + 1, '');
  // Last line of the file: take the line break before it instead.
  let back = from;
  if (back > 0 && text[back - 1] === '\n') back--;
  if (back > 0 && text[back - 1] === '\r') back--;
  return edit(src, back, to, '');
}

/** The edit that deletes an entry of a flow collection with the comma that separates it. */
function deleteFlowEntry(src: EditSource, start: number, end: number): TextEdit {
  const text = src.text;
  let to = end;
  while (to < text.length && /[ \t]/.test(text[to])) to++;
  if (text[to] === ',') {
    to++;
    while (to < text.length && /[ \t]/.test(text[to])) to++;
    return edit(src, start, to, '');
  }
  let from = start;
  while (from > 0 && /[ \t]/.test(text[from - 1])) from--;
  if (text[from - 1] === ',') return edit(src, from - 1, end, '');
  return edit(src, start, end, '');
}

/**
 * Removes a `key: value` pair from a mapping: its lines in block style (a
 * trailing comment on them goes too, comments on lines of their own stay),
 * the entry and its comma in flow style. Undefined when the pair is the
 * mapping's only entry (removing it would change the parent's type) or
 * shares a line with other content.
 */
export function removePair(src: EditSource, map: YAMLMap, pair: Pair): TextEdit | undefined {
  if (map.items.length < 2) return undefined;
  const key = pair.key as Node | null;
  const end = contentEnd(pair);
  if (!key?.range || end === undefined) return undefined;
  if (map.flow) return deleteFlowEntry(src, key.range[0], end);
  return deleteLines(src, key.range[0], end, /^[ \t]*$/);
}

/**
 * Removes an item from a sequence: its `- item` lines in block style, the
 * entry and its comma in flow style. Undefined when it is the only item (an
 * empty block sequence would read as null) or shares a line with other content.
 */
export function removeItem(src: EditSource, seq: YAMLSeq, item: Node): TextEdit | undefined {
  if (seq.items.length < 2 || !seq.items.includes(item) || !item.range) return undefined;
  const end = contentEnd(item);
  if (end === undefined) return undefined;
  if (seq.flow) return deleteFlowEntry(src, item.range[0], end);
  return deleteLines(src, item.range[0], end, /^[ \t]*-[ \t]+$/);
}
