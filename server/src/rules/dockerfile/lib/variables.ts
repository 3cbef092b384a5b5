/**
 * Variable references (`$NAME`, `${NAME}`, `${NAME:-word}`) in the words
 * BuildKit expands, with their ranges: single-quoted text and escaped `$`
 * are not references.
 */
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../parse/dockerfile.js';
import type { Range, TextEdit } from '../../types.js';

export interface VariableRef {
  name: string;
  /** From `$` to the end of the name, or of the closing `}`. */
  range: Range;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?` when written (`${X:-word}`), else undefined. */
  modifier?: string;
}

/** The references in a line range `[from, to)` of one line. */
function refsInLine(line: string, lineNo: number, from: number, to: number, escape: string, out: VariableRef[]): void {
  let quote: string | undefined;
  for (let i = from; i < to; i++) {
    const c = line[i];
    if (c === escape) {
      i++;
      continue;
    }
    if (quote === "'") {
      if (c === "'") quote = undefined;
      continue;
    }
    if (c === "'") {
      quote = "'";
      continue;
    }
    if (c !== '$') continue;
    const braced = /^\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+?])?/.exec(line.slice(i + 1, to));
    if (braced) {
      let depth = 1;
      let end = i + 1 + braced[0].length;
      while (end < to && depth > 0) {
        if (line[end] === '{') depth++;
        else if (line[end] === '}') depth--;
        end++;
      }
      out.push({ name: braced[1], range: { start: { line: lineNo, character: i }, end: { line: lineNo, character: end } }, modifier: braced[2] });
      // Words inside `${X:-$Y}` are references too, used only as X's modifier says.
      if (braced[2]) {
        const inner: VariableRef[] = [];
        refsInLine(line, lineNo, i + 1 + braced[0].length, end - 1, escape, inner);
        for (const r of inner) out.push({ ...r, modifier: r.modifier ?? braced[2] });
      }
      i = end - 1;
      continue;
    }
    const bare = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(i + 1, to));
    if (bare) {
      out.push({ name: bare[0], range: { start: { line: lineNo, character: i }, end: { line: lineNo, character: i + 1 + bare[0].length } } });
      i += bare[0].length;
    }
  }
}

/** References in an instruction's arguments (heredoc bodies excluded). */
export function variableRefs(model: DockerfileModel, instr: Instruction): VariableRef[] {
  const args = instr.getArgumentsRange();
  if (!args) return [];
  const heredoc = instr.getArguments().some((a) => a.getValue().startsWith('<<'));
  const last = heredoc ? args.start.line : args.end.line;
  const out: VariableRef[] = [];
  for (let l = args.start.line; l <= last; l++) {
    const text = model.lines[l] ?? '';
    if (l > args.start.line && /^\s*#/.test(text)) continue;
    const from = l === args.start.line ? args.start.character : 0;
    const to = l === args.end.line ? args.end.character : text.length;
    refsInLine(text, l, from, to, model.escapeChar, out);
  }
  return out;
}

/** References in one range of one line (a flag's value, an image). */
export function variableRefsIn(model: DockerfileModel, range: Range): VariableRef[] {
  if (range.start.line !== range.end.line) return [];
  const out: VariableRef[] = [];
  refsInLine(model.lines[range.start.line] ?? '', range.start.line, range.start.character, range.end.character, model.escapeChar, out);
  return out;
}

/** An edit that renames the variable of a reference (`$NAME`, `${NAME:-x}`), keeping its braces and modifier. */
export function renameRefEdit(model: DockerfileModel, ref: VariableRef, name: string): TextEdit {
  const line = model.lines[ref.range.start.line] ?? '';
  const start = ref.range.start.character + (line[ref.range.start.character + 1] === '{' ? 2 : 1);
  return { range: { start: { line: ref.range.start.line, character: start }, end: { line: ref.range.start.line, character: start + ref.name.length } }, newText: name };
}
