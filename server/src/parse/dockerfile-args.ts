/**
 * An instruction's arguments as `dockerfile-ast` splits them (its
 * `Instruction.getRawArguments`), computed without its per-character costs:
 * the library appends each character to a string and finds every argument's
 * start and end by a binary search over all the file's lines; here runs of
 * characters are copied as slices and positions come from a cursor that
 * moves forward over the line table. The arguments, their values and their
 * ranges are the library's, character for character (test/parse/dockerfile-args.test.ts
 * compares the two over the corpus and generated text).
 */
import { Argument, Instruction as AstInstruction, type Instruction } from 'dockerfile-ast';
import type { Position, Range } from '../text.js';

type RawArguments = (this: Instruction) => Argument[];

/** The library's own `getRawArguments` (before {@link ../parse/dockerfile.ts} puts its caching one in its place). */
export const libraryRawArguments: RawArguments = (AstInstruction.prototype as unknown as { getRawArguments: RawArguments }).getRawArguments;

/** What the tokeniser reads of an instruction and its document (private in the library's types). */
interface Internals {
  document: {
    getText(): string;
    offsetAt(position: Position): number;
    getLineOffsets?(): number[];
  };
  escapeChar: string;
  range: { start: Position; end: Position };
  getInstructionRange(): { start: Position; end: Position };
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const HASH = 35;
const DOLLAR = 36;

// The cursor of `positionAt`: the document's text and line starts, and the line of the last answer.
let text = '';
let lineStarts: number[] = [];
let cursor = 0;

/**
 * `FullTextDocument.positionAt` of vscode-languageserver-textdocument: the
 * offset clamped to the text, its line the last one starting at or before it,
 * moved back before a line break it points into (the \n of a \r\n).
 */
function positionAt(offset: number): Position {
  offset = Math.max(Math.min(offset, text.length), 0);
  let line = cursor;
  while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
  while (line > 0 && lineStarts[line] > offset) line--;
  cursor = line;
  const lineStart = lineStarts[line];
  while (offset > lineStart) {
    const c = text.charCodeAt(offset - 1);
    if (c !== CR && c !== LF) break;
    offset--;
  }
  return { line, character: offset - lineStart };
}

function argument(value: string, start: number, end: number): Argument {
  const from = positionAt(start);
  return new Argument(value, { start: from, end: positionAt(end) });
}

/** The first index from `from` on whose character is not a space or a tab (the text's length if none): after an escape, a line break there makes a continuation. */
function afterBlanks(text: string, from: number): number {
  let j = from;
  while (j < text.length && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
  return j;
}

/** `instr.getRawArguments()` as the library computes it. */
export function rawArgumentsOf(instr: Instruction): Argument[] {
  const self = instr as unknown as Internals;
  const doc = self.document;
  if (typeof doc?.getLineOffsets !== 'function') return libraryRawArguments.call(instr);
  text = doc.getText();
  lineStarts = doc.getLineOffsets();
  cursor = 0;
  const args: Argument[] = [];
  const keywordRange = self.getInstructionRange();
  const keywordStart = doc.offsetAt(keywordRange.start);
  const extra = doc.offsetAt(keywordRange.end) - keywordStart;
  const content = text.substring(doc.offsetAt(self.range.start), doc.offsetAt(self.range.end));
  const fullArgs = content.substring(extra);
  const length = fullArgs.length;
  const offset = keywordStart + extra;
  const escape = self.escapeChar.length === 1 ? self.escapeChar.charCodeAt(0) : -1;
  let start = false;
  let comment = false;
  let found = -1;
  // A space or tab that is part of an escaped line break was seen.
  let escapedWhitespaceDetected = false;
  // Inside an escaped line break.
  let escaping = false;
  let escapeMarker = -1;
  // The value so far is `value` followed by fullArgs[runStart, runEnd).
  let value = '';
  let runStart = -1;
  let runEnd = -1;
  const take = (k: number) => {
    if (runEnd === k) runEnd = k + 1;
    else {
      if (runStart >= 0) value += fullArgs.slice(runStart, runEnd);
      runStart = k;
      runEnd = k + 1;
    }
  };
  const valueSoFar = () => (runStart >= 0 ? value + fullArgs.slice(runStart, runEnd) : value);
  const emit = (end: number) => {
    args.push(argument(valueSoFar(), offset + found, offset + end));
    value = '';
    runStart = runEnd = -1;
  };
  for (let i = 0; i < length; i++) {
    const c = fullArgs.charCodeAt(i);
    if (c === SPACE || c === TAB || c === CR || c === LF) {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (c === CR || c === LF) {
          // A line break: whitespace seen before it does not count.
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        emit(escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        found = -1;
      }
    } else if (c === escape) {
      const next = i + 1 < length ? fullArgs.charCodeAt(i + 1) : -1;
      if (next === SPACE || next === TAB) {
        const j = afterBlanks(fullArgs, i + 2);
        const w = j < length ? fullArgs.charCodeAt(j) : -1;
        if (w === CR || w === LF) {
          // `\ ` then a line break: a continuation (a \r\n counts as one break).
          comment = false;
          escaping = true;
          start = true;
          if (found !== -1) escapeMarker = i;
          i = w === CR ? j + 1 : j;
        } else if (w !== -1) {
          escapeMarker = i;
          if (found === -1) i = j - 1;
        }
      } else if (next === CR) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === LF) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          emit(escapeMarker);
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === -1) break; // the end of the text
        // `\$` keeps its escape (a literal dollar for the variable expansion); other escapes drop it.
        if (next === DOLLAR) take(i);
        take(i + 1);
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && c === HASH) {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          emit(escapeMarker);
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        take(i);
        if (found === -1) found = i;
      }
      // Something other than whitespace: no longer at the start of a line.
      start = false;
    }
  }
  if (found !== -1) emit(escapeMarker === -1 ? length : escapeMarker);
  text = '';
  lineStarts = [];
  return args;
}

type ArgumentsRanges = (this: Instruction) => Range[];

/** The library's own `getArgumentsRanges`. */
export const libraryArgumentsRanges: ArgumentsRanges = (AstInstruction.prototype as unknown as { getArgumentsRanges: ArgumentsRanges }).getArgumentsRanges;

/**
 * `instr.getArgumentsRanges()` as the library computes it: the ranges of the
 * arguments' text, one per line, leaving out escaped line breaks and comment
 * lines. Positions come from the forward cursor instead of a binary search
 * per line.
 */
export function argumentsRangesOf(instr: Instruction): Range[] {
  const self = instr as unknown as Internals;
  const doc = self.document;
  if (typeof doc?.getLineOffsets !== 'function') return libraryArgumentsRanges.call(instr);
  const args = instr.getArguments();
  if (args.length === 0) return [];
  const first = args[0].getRange().start;
  const last = args[args.length - 1].getRange().end;
  if (first.line === last.line) return [{ start: first, end: last }];
  text = doc.getText();
  lineStarts = doc.getLineOffsets();
  cursor = 0;
  const ranges: Range[] = [];
  let end = -1;
  let startPosition: Position | null = first;
  const instructionStart = doc.offsetAt(self.getInstructionRange().start);
  const extra = doc.offsetAt(first) - instructionStart;
  const content = text.substring(doc.offsetAt(self.range.start), doc.offsetAt(self.range.end));
  const fullArgs = content.substring(extra, doc.offsetAt(last) - instructionStart);
  const length = fullArgs.length;
  const offset = instructionStart + extra;
  const escape = self.escapeChar.length === 1 ? self.escapeChar.charCodeAt(0) : -1;
  let comment = false;
  for (let i = 0; i < length; i++) {
    const c = fullArgs.charCodeAt(i);
    if (c === escape) {
      const next = i + 1 < length ? fullArgs.charCodeAt(i + 1) : -1;
      if (next === SPACE || next === TAB) {
        const j = afterBlanks(fullArgs, i + 2);
        const w = j < length ? fullArgs.charCodeAt(j) : -1;
        if (w === CR || w === LF) {
          if (startPosition !== null) ranges.push({ start: startPosition, end: positionAt(offset + end + 1) });
          startPosition = null;
          comment = false;
          i = w === CR ? j + 1 : j;
        }
      } else if (next === CR) {
        if (startPosition !== null) {
          ranges.push({ start: startPosition, end: positionAt(offset + end + 1) });
          startPosition = null;
        }
        comment = false;
        i += 2;
      } else if (next === LF) {
        if (startPosition !== null) ranges.push({ start: startPosition, end: positionAt(offset + end + 1) });
        startPosition = null;
        comment = false;
        i++;
      } else {
        i++;
      }
    } else if (c === CR || c === LF) {
      if (comment) {
        startPosition = null;
        comment = false;
      }
    } else if (!comment) {
      if (startPosition === null) {
        if (c === HASH) {
          comment = true;
          continue;
        }
        const position = positionAt(offset + i);
        if (position.character !== 0) startPosition = { line: position.line, character: 0 };
      }
      end = i;
    }
  }
  ranges.push(startPosition === null
    // Only when the last argument is on a line of its own without indentation.
    ? { start: positionAt(offset + end), end: positionAt(offset + end + 1) }
    : { start: startPosition, end: positionAt(offset + end + 1) });
  text = '';
  lineStarts = [];
  return ranges;
}
