/** Text edits on workflow YAML that keep the author's indentation, comments and line endings. */
import type { Step } from '../../../parse/workflow.js';
import type { YamlModel } from '../../../parse/yaml.js';
import type { TextEdit } from '../../types.js';

import { eolOf as eolOfText } from '../../../text.js';

// The last file's lines and line ending are kept: rules ask for them once per finding, on the same file.
let splitText: string | undefined;
let splitLines: string[] = [];
let splitEol = '\n';

function remember(text: string): void {
  if (text === splitText) return;
  splitText = text;
  splitLines = text.split(/\r?\n/);
  splitEol = eolOfText(text);
}

export function eolOf(text: string): string {
  remember(text);
  return splitEol;
}

/** The file's lines. */
function linesOf(text: string): string[] {
  remember(text);
  return splitLines;
}

function lineText(text: string, line: number): string {
  return linesOf(text)[line] ?? '';
}

/** The `- ` prefix of a sequence item that starts at `offset` and the indentation of its keys. */
export function itemIndent(yaml: YamlModel, offset: number): { dash: string; keys: string } {
  const pos = yaml.positionAt(offset);
  const before = lineText(yaml.text, pos.line).slice(0, pos.character);
  const m = /^(\s*)-(\s*)$/.exec(before);
  // An empty item (`-` ending its line) has its keys where a `- key` would put them.
  if (m) return { dash: m[1], keys: m[2] ? ' '.repeat(before.length) : `${m[1]}  ` };
  return { dash: ' '.repeat(Math.max(0, pos.character - 2)), keys: ' '.repeat(pos.character) };
}

/** The last line that holds content of a node ending at `end` (not a trailing blank). */
export function lastContentLine(yaml: YamlModel, end: number): number {
  let offset = end;
  while (offset > 0 && /\s/.test(yaml.text[offset - 1])) offset--;
  return yaml.positionAt(offset).line;
}

/** An edit that inserts whole lines after `line` (at the end of the file when it is the last). */
export function insertLinesAfter(text: string, line: number, lines: string[]): TextEdit {
  const eol = eolOf(text);
  const all = linesOf(text);
  if (line + 1 < all.length) {
    return { range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, newText: lines.join(eol) + eol };
  }
  const pos = { line, character: all[line]?.length ?? 0 };
  return { range: { start: pos, end: pos }, newText: eol + lines.join(eol) };
}

/**
 * Lines of a new step at the indentation of an existing one: `body` is the
 * step's YAML with two-space nesting, first line the first key.
 */
export function stepLines(yaml: YamlModel, like: Step, body: string[]): string[] {
  const { dash, keys } = itemIndent(yaml, like.start);
  const dashPad = keys.length - dash.length - 1;
  return body.map((l, i) => (i === 0 ? `${dash}-${' '.repeat(Math.max(1, dashPad))}${l}` : keys + l));
}

/** Whether a YAML scalar needs quoting to stay the same string. */
export function yamlString(s: string): string {
  return /^[A-Za-z0-9$_./][^\n]*$/.test(s) && !/: | #|:$|\s$/.test(s) ? s : JSON.stringify(s);
}
