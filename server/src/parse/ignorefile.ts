/** `.dockerignore` as a list of pattern lines with their ranges. */
import type { Range } from '../text.js';

export interface IgnoreLine {
  /** Zero-based line number. */
  line: number;
  /** The pattern as written, trimmed, without a leading `!`. */
  pattern: string;
  /** `!pattern` re-includes. */
  negated: boolean;
  range: Range;
}

export interface IgnoreModel {
  text: string;
  patterns: IgnoreLine[];
  lines: string[];
  /** What {@link derived} computed from this model, by the function that computed it. */
  derived?: Map<(model: IgnoreModel) => unknown, unknown>;
}

export { derived } from './derived.js';

export function parseIgnoreFile(text: string): IgnoreModel {
  const lines = text.split(/\r?\n/);
  const patterns: IgnoreLine[] = [];
  lines.forEach((raw, line) => {
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const start = raw.indexOf(trimmed);
    const negated = trimmed.startsWith('!');
    patterns.push({
      line,
      pattern: negated ? trimmed.slice(1).trim() : trimmed,
      negated,
      range: { start: { line, character: start }, end: { line, character: start + trimmed.length } },
    });
  });
  return { text, patterns, lines, derived: new Map() };
}
