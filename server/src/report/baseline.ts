/**
 * `--baseline`: compares a report with an earlier JSON report of the same
 * repository — items whose status changed, findings that appeared or went
 * away (matched by rule, path and message, so moved lines do not count), and
 * the repository score.
 */
import { REPORT_SCHEMA_ID, type BaselineComparison, type ReportFinding, type SecurityReport } from './model.js';

/** Why a baseline file cannot be used, or undefined when it looks like a report. */
export function baselineProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not a JSON object';
  const v = value as Partial<SecurityReport>;
  if (v.schema !== REPORT_SCHEMA_ID) return `not a Shipshape report (expected "schema": "${REPORT_SCHEMA_ID}")`;
  if (!Array.isArray(v.subjects) || !Array.isArray(v.findings)) return 'a report without subjects or findings';
  return undefined;
}

const findingKey = (f: ReportFinding) => `${f.ruleId}\u0000${f.path}\u0000${f.message}`;

/** Multiset difference: the findings of `a` that `b` does not have (as many times as they occur more often). */
function minus(a: readonly ReportFinding[], b: readonly ReportFinding[]): ReportFinding[] {
  const left = new Map<string, number>();
  for (const f of b) left.set(findingKey(f), (left.get(findingKey(f)) ?? 0) + 1);
  return a.filter((f) => {
    const n = left.get(findingKey(f)) ?? 0;
    if (n > 0) {
      left.set(findingKey(f), n - 1);
      return false;
    }
    return true;
  });
}

export function compareWithBaseline(current: SecurityReport, previous: SecurityReport): BaselineComparison {
  const before = new Map<string, string>();
  for (const s of previous.subjects) for (const i of s.items ?? []) before.set(`${s.id}\u0000${i.id}`, i.status);
  const better: BaselineComparison['better'] = [];
  const worse: BaselineComparison['worse'] = [];
  for (const s of current.subjects) {
    for (const i of s.items) {
      const from = before.get(`${s.id}\u0000${i.id}`);
      if (from === undefined || from === i.status) continue;
      const change = { subject: s.name, item: i.title, from: from as typeof i.status, to: i.status };
      if (i.status === 'pass' || (from === 'fail' && i.status === 'n/a')) better.push(change);
      else if (i.status === 'fail') worse.push(change);
    }
  }
  const previousScore = typeof previous.score === 'number' ? previous.score : null;
  return {
    previousScore,
    scoreDelta: previousScore === null || current.score === null ? null : current.score - previousScore,
    better,
    worse,
    newFindings: minus(current.findings, previous.findings),
    fixedFindings: minus(previous.findings, current.findings),
  };
}
