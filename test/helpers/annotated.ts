/**
 * Annotated fixtures: a fixture is the file's text with annotation lines that
 * mark the expected findings. Annotation lines are removed before analysis.
 *
 *   USER root
 *        ^^^^ no-root-user
 *   #    ^^^^ no-root-user
 *
 * The carets sit exactly under the flagged span of the line above (the column
 * of a caret is its column in the annotation line); a leading `#` is allowed
 * so the fixture stays valid Dockerfile/YAML where columns permit. An
 * optional quoted text after the id is the exact expected message:
 *
 *   ^^^^^^^^^ no-root-user "The final stage runs as root …"
 *
 * Findings that span lines are written with explicit 1-based positions:
 *
 *   # [3:1-5:20] rule-id
 *
 * An annotation may follow another annotation: it refers to the same code line.
 */
import assert from 'node:assert/strict';
import { analyze, emptyProject, type SourceFile } from '../../server/src/engine/analyze.js';
import { applyEdits } from '../../server/src/engine/edits.js';
import { getRule } from '../../server/src/rules/index.js';
import type { Finding, ProjectView, Range, Settings } from '../../server/src/rules/types.js';

export interface Mark {
  ruleId: string;
  range: Range;
  message?: string;
}

const CARET = /^(\s*(?:# *)?)(\^+) ([a-z0-9-]+)(?: "(.*)")?\s*$/;
const EXPLICIT = /^\s*# \[(\d+):(\d+)-(\d+):(\d+)\] ([a-z0-9-]+)(?: "(.*)")?\s*$/;

/** Splits a fixture into the text to analyse and the expected marks. */
export function parseAnnotated(fixture: string): { text: string; marks: Mark[] } {
  const out: string[] = [];
  const marks: Mark[] = [];
  for (const line of fixture.split('\n')) {
    const c = CARET.exec(line);
    const e = c ? null : EXPLICIT.exec(line);
    if (c) {
      const row = out.length - 1;
      assert.ok(row >= 0, `annotation before any code: ${line}`);
      const col = c[1].length;
      marks.push({ ruleId: c[3], range: { start: { line: row, character: col }, end: { line: row, character: col + c[2].length } }, message: c[4] });
    } else if (e) {
      marks.push({
        ruleId: e[5],
        range: { start: { line: +e[1] - 1, character: +e[2] - 1 }, end: { line: +e[3] - 1, character: +e[4] - 1 } },
        message: e[6],
      });
    } else {
      out.push(line);
    }
  }
  return { text: out.join('\n'), marks };
}

export interface FixtureOptions {
  /** Path the fixture is analysed as (decides the file kind). */
  path?: string;
  project?: ProjectView;
  settings?: Settings;
  languageId?: string;
}

function sourceOf(text: string, opts: FixtureOptions): SourceFile {
  return { path: opts.path ?? '/work/Dockerfile', text, languageId: opts.languageId };
}

/**
 * Findings of one rule on a text, with that rule alone running (another
 * rule's failure cannot fail this rule's tests). The fixes it emits must agree
 * with what its `meta.fix` declares: none for `none`, no safe one for `unsafe`.
 */
export function findingsOf(ruleId: string, text: string, opts: FixtureOptions = {}): Finding[] {
  // Engine diagnostics such as yaml-syntax are no registered rule and declare no fix kind.
  const rule = getRule(ruleId);
  const result = analyze(sourceOf(text, opts), opts.project ?? emptyProject, opts.settings ?? {}, { only: [ruleId] });
  assert.deepEqual(result.errors, [], `${ruleId} threw while analysing the fixture`);
  const findings = result.findings.filter((f) => f.ruleId === ruleId);
  for (const f of findings) {
    const fixes = f.fixes.map((x) => `${x.safe ? 'safe' : 'unsafe'} "${x.title}"`);
    if (rule?.meta.fix === 'none') assert.deepEqual(fixes, [], `${ruleId} declares fix: 'none' but offers fixes`);
    if (rule?.meta.fix === 'unsafe') assert.deepEqual(fixes.filter((x) => x.startsWith('safe')), [], `${ruleId} declares fix: 'unsafe' but offers a safe fix`);
  }
  return findings;
}

/**
 * Asserts that the rule's findings on the fixture are exactly its marks
 * (range and, where given, message). Marks of other rules are ignored.
 */
export function expectFindings(ruleId: string, fixture: string, opts: FixtureOptions = {}): Finding[] {
  const { text, marks } = parseAnnotated(fixture);
  const findings = findingsOf(ruleId, text, opts);
  const expected = marks.filter((m) => m.ruleId === ruleId);
  const actual = findings.map((f, i) => ({
    ruleId: f.ruleId,
    range: f.range,
    ...(expected[i]?.message !== undefined ? { message: f.message } : {}),
  }));
  assert.deepEqual(actual, expected.map((m) => ({ ruleId: m.ruleId, range: m.range, ...(m.message !== undefined ? { message: m.message } : {}) })));
  return findings;
}

/** Asserts the rule reports nothing on the text. */
export function expectClean(ruleId: string, text: string, opts: FixtureOptions = {}): void {
  assert.deepEqual(findingsOf(ruleId, text, opts).map((f) => ({ range: f.range, message: f.message })), []);
}

/**
 * Applies fix `fixIndex` of finding `findingIndex` and returns the new text.
 * Also checks the fix contract: the finding is gone afterwards (idempotent).
 */
export function applyFix(ruleId: string, text: string, opts: FixtureOptions = {}, findingIndex = 0, fixIndex = 0): string {
  const findings = findingsOf(ruleId, text, opts);
  const finding = findings[findingIndex];
  assert.ok(finding, `no finding #${findingIndex} of ${ruleId}`);
  const fix = finding.fixes[fixIndex];
  assert.ok(fix, `finding has no fix #${fixIndex}`);
  const after = applyEdits(text, fix.edits);
  const again = findingsOf(ruleId, after, opts);
  assert.ok(again.length < findings.length, `fix "${fix.title}" did not remove its finding:\n${after}`);
  return after;
}

/** Titles of the fixes offered for a finding. */
export function fixTitles(ruleId: string, text: string, opts: FixtureOptions = {}, findingIndex = 0): string[] {
  return findingsOf(ruleId, text, opts)[findingIndex]?.fixes.map((f) => f.title) ?? [];
}
