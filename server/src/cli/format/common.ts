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

export function summarize(files: readonly FileResult[]): Summary {
  const s: Summary = { files: files.length, filesWithFindings: 0, findings: 0, error: 0, warning: 0, info: 0, hint: 0, fixable: 0 };
  for (const file of files) {
    if (file.findings.length) s.filesWithFindings++;
    for (const f of file.findings) {
      s.findings++;
      s[f.severity]++;
      if (f.fixes.some((x) => x.safe)) s.fixable++;
    }
  }
  return s;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A path as printed: relative to the working directory, with `/` separators. */
export function displayPath(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/') || '.';
}
