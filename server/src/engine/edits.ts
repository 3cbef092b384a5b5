/** Applying text edits to a string, with LSP positions. */
import { lineStarts } from '../parse/lines.js';
import type { Position, TextEdit } from '../rules/types.js';

export { lineStarts, withLoneCrAsLf } from '../parse/lines.js';

/** Offset of a position, clamped to the text (a character past the line end lands at the end). */
export function offsetAt(text: string, starts: number[], pos: Position): number {
  if (pos.line >= starts.length) return text.length;
  if (pos.line < 0) return 0;
  const start = starts[pos.line];
  let end = pos.line + 1 < starts.length ? starts[pos.line + 1] - 1 : text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return Math.min(start + Math.max(0, pos.character), end);
}

/**
 * Applies edits (non-overlapping, as a fix's edits are) to text. Edits are
 * applied from the end so earlier offsets stay valid; ties keep their order.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const spans = edits
    .map((e, i) => ({ start: offsetAt(text, starts, e.range.start), end: offsetAt(text, starts, e.range.end), text: e.newText, i }))
    .sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
