/** Line ends as editors count them. */

/**
 * The text with each lone \r (an old Mac line end) written as \n. Editors and
 * LSP count a lone \r as a line break, the parsers only \n; the replacement
 * keeps every offset, so positions computed on the result are the editor's.
 */
export function withLoneCrAsLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Offsets of the start of each line (\n, \r\n and a lone \r end a line, as in LSP). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.includes('\r')) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
  } else {
    // Only \n: from one to the next by indexOf (native), not character by character.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  }
  return starts;
}

/** Offset → position over the text's lines (\n, \r\n or a lone \r end a line), by binary search. */
export function positionFinder(text: string): (offset: number) => { line: number; character: number } {
  const starts = lineStarts(text);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    // An offset on the \n of a \r\n is still the end of the line, not a character past it.
    const end = lo + 1 < starts.length ? starts[lo + 1] - (text.charCodeAt(starts[lo + 1] - 2) === 13 ? 2 : 1) : text.length;
    return { line: lo, character: Math.min(at, end) - starts[lo] };
  };
}
