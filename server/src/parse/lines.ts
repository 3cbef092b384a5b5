/** Line ends as editors count them. */

/**
 * The text with each lone \r (an old Mac line end) written as \n. Editors and
 * LSP count a lone \r as a line break, the parsers only \n; the replacement
 * keeps every offset, so positions computed on the result are the editor's.
 */
export function withLoneCrAsLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
