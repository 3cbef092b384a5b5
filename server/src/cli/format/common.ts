/** What every output format shares: counts, thresholds, paths. */
import { relative, sep } from 'node:path';
import type { Finding, Severity } from '../../engine/index.js';
import type { FileResult } from '../analyze-file.js';

/** `--fail-on` levels: findings at or above the level make the run fail. */
export type FailOn = 'error' | 'warning' | 'info' | 'never';
export const FAIL_ON_LEVELS: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };
const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, info: 1, never: Infinity };

/** Whether a finding makes the run fail at this level (hints never do). */
export function fails(f: Finding, failOn: FailOn): boolean {
  return RANK[f.severity] >= THRESHOLD[failOn];
}

export interface Summary {
  files: number;
  filesWithFindings: number;
  findings: number;
  error: number;
  warning: number;
  info: number;
  hint: number;
  /** Findings with a safe fix (`--fix` would apply it). */
  fixable: number;
}

/** An empty {@link Summary}, to count files into with {@link addToSummary}. */
export function emptySummary(): Summary {
  return { files: 0, filesWithFindings: 0, findings: 0, error: 0, warning: 0, info: 0, hint: 0, fixable: 0 };
}

/** Counts one file into a summary. */
export function addToSummary(s: Summary, file: FileResult): void {
  s.files++;
  if (file.findings.length) s.filesWithFindings++;
  for (const f of file.findings) {
    s.findings++;
    s[f.severity]++;
    if (f.fixes.some((x) => x.safe)) s.fixable++;
  }
}

/** Where a format writes its output, piece by piece. */
export interface Sink {
  write(text: string): void;
}

/**
 * A format that writes as the files come (in path order), so neither the
 * analysed files nor the whole output need to be in memory at once.
 */
export interface FormatWriter {
  file(file: FileResult): void;
  /** Writes what follows the last file (totals, the rules described). */
  end(): void;
}

/** Runs a writer over a list of files and returns its output as one string. */
export function writeAll(files: readonly FileResult[], make: (sink: Sink) => FormatWriter): string {
  const parts: string[] = [];
  const writer = make({ write: (t) => void parts.push(t) });
  for (const file of files) writer.file(file);
  writer.end();
  return parts.join('');
}

/** Stands in for an array that {@link JsonArrayWriter} writes item by item (see {@link jsonAround}). */
export const STREAMED = '\u0000streamed\u0000';

/**
 * What `JSON.stringify(value, null, 2)` writes before and after the one
 * place where `value` holds {@link STREAMED} in place of an array.
 */
export function jsonAround(value: unknown): { head: string; tail: string } {
  const whole = JSON.stringify(value, null, 2);
  const quoted = JSON.stringify(STREAMED);
  const at = whole.indexOf(quoted);
  return { head: whole.slice(0, at), tail: whole.slice(at + quoted.length) };
}

/**
 * Writes the items of a JSON array nested `depth` levels deep (2 spaces
 * each), as `JSON.stringify(…, null, 2)` would lay them out: `[]` when
 * there are none.
 */
export class JsonArrayWriter {
  private count = 0;
  private readonly indent: string;
  private readonly closing: string;

  constructor(private readonly sink: Sink, depth: number) {
    this.indent = '  '.repeat(depth + 1);
    this.closing = '  '.repeat(depth);
  }

  /** Writes an item already laid out at depth 0 (`JSON.stringify(item, null, 2)`). */
  item(json: string): void {
    // JSON strings never hold a raw line break, so every one is between tokens.
    this.sink.write(`${this.count++ ? ',' : '['}\n${this.indent}${json.replaceAll('\n', `\n${this.indent}`)}`);
  }

  close(): void {
    this.sink.write(this.count ? `\n${this.closing}]` : '[]');
  }
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A path as printed: relative to the working directory, with `/` separators. */
export function displayPath(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/') || '.';
}
