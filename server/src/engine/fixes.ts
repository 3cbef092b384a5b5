/**
 * Choosing and applying safe fixes together — the one policy behind "Fix all"
 * in the editor, `shipshape scan --fix` and the harden plan.
 *
 * {@link selectFixes} takes the first safe fix of each finding (or the one a
 * caller picks, e.g. "Fix all <rule>" with unsafe fixes), in document order, and drops any that collides with a fix taken before. A fix occupies
 * the span from its first edit to its last (so nothing is slipped between the
 * edits of one fix); two spans collide when they overlap, when both are
 * insertions at the same point (their order would be a guess), or when one is
 * an insertion inside the other. Spans that only touch do not collide. {@link fixInRounds} re-analyses after each
 * round, so fixes dropped for a collision get their turn on the new text,
 * until nothing is left to apply (bounded).
 */
import type { Finding, Fix } from '../rules/types.js';
import { applyEdits, lineStarts, offsetAt } from './edits.js';

export interface SelectedFix {
  finding: Finding;
  fix: Fix;
}

export interface SelectOptions {
  /** Take fixes that also create or edit other files (default: only fixes of this text). */
  otherFiles?: boolean;
  /** Which fix of a finding to take (default: its first safe fix). */
  pick?: (finding: Finding) => Fix | undefined;
}

/**
 * The fix the applier would take for a finding: `pick`'s choice or its first
 * safe fix, when it has edits and (unless `otherFiles`) edits only this text.
 */
export function applicableFix(finding: Finding, opts: SelectOptions = {}): Fix | undefined {
  const fix = opts.pick ? opts.pick(finding) : finding.fixes.find((f) => f.safe);
  return !fix || !fix.edits.length || (!opts.otherFiles && fix.otherFiles?.length) ? undefined : fix;
}

/** The safe fixes of one text's findings that can be applied together, in document order. */
export function selectFixes(text: string, findings: readonly Finding[], opts: SelectOptions = {}): SelectedFix[] {
  const starts = lineStarts(text);
  const candidates: (SelectedFix & { start: number; end: number; i: number })[] = [];
  findings.forEach((finding, i) => {
    const fix = applicableFix(finding, opts);
    if (!fix) return;
    const offsets = fix.edits.flatMap((e) => [offsetAt(text, starts, e.range.start), offsetAt(text, starts, e.range.end)]);
    candidates.push({ finding, fix, start: offsets.reduce((m, o) => Math.min(m, o), Infinity), end: offsets.reduce((m, o) => Math.max(m, o), -Infinity), i });
  });
  candidates.sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const taken: { start: number; end: number }[] = [];
  const collides = (c: { start: number; end: number }) =>
    taken.some((t) => (c.start < t.end && t.start < c.end)
      || (c.start === c.end && t.start === t.end && c.start === t.start)
      || (c.start === c.end && t.start < c.start && c.start < t.end)
      || (t.start === t.end && c.start < t.start && t.start < c.end));
  const out: SelectedFix[] = [];
  for (const c of candidates) {
    if (collides(c)) continue;
    taken.push(c);
    out.push({ finding: c.finding, fix: c.fix });
  }
  return out;
}

export interface RoundsOptions extends SelectOptions {
  /** Rounds at most (each one analyses the text once). */
  maxRounds: number;
}

/**
 * Applies safe fixes in rounds: analyse, select, apply, again, until a round
 * applies nothing or changes nothing. Returns the text and every fix applied,
 * in order (other files are the caller's to write).
 */
export function fixInRounds(text: string, analyzeText: (text: string) => readonly Finding[], opts: RoundsOptions): { text: string; applied: SelectedFix[] } {
  const applied: SelectedFix[] = [];
  for (let round = 0; round < opts.maxRounds; round++) {
    const selected = selectFixes(text, analyzeText(text), opts);
    if (!selected.length) break;
    for (const s of selected) applied.push(s);
    const next = applyEdits(text, selected.flatMap((s) => s.fix.edits));
    if (next === text) break;
    text = next;
  }
  return { text, applied };
}
