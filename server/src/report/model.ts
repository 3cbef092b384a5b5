/**
 * The security report as data: what `--format json` prints (validated by
 * schemas/report.schema.json) and what the Markdown and HTML views render.
 */
import type { Severity } from '../rules/types.js';
import type { Category, SubjectKind } from './checklist.js';

export const REPORT_SCHEMA_ID = 'shipshape-report/1';

export type ItemStatus = 'pass' | 'fail' | 'n/a';

/** A place in a file that shows why an item passes or fails. */
export interface Evidence {
  /** Path relative to the report's base folder, with `/` separators. */
  path: string;
  /** One-based line. */
  line: number;
  message: string;
  /** The rule whose finding this is; absent for facts read from the model. */
  ruleId?: string;
}

export interface ItemResult {
  id: string;
  title: string;
  category: Category;
  status: ItemStatus;
  /** Why an item is not applicable, or what a pass rests on when there is no line to show. */
  note?: string;
  evidence: Evidence[];
}

export interface Subject {
  /** Stable key: kind, path and name (`image:Dockerfile`, `compose-service:docker-compose.yml#db`). */
  id: string;
  kind: SubjectKind;
  name: string;
  path: string;
  line: number;
  /** One line on what it is (final stage, image, kind). */
  detail: string;
  /** Percent of applicable items that pass; null when none applies. */
  score: number | null;
  items: ItemResult[];
}

export interface ReportFinding {
  ruleId: string;
  title: string;
  severity: Severity;
  category: Category;
  path: string;
  line: number;
  column: number;
  message: string;
  /** The subject the finding belongs to, when it belongs to one. */
  subject?: string;
  fixes: { title: string; safe: boolean }[];
}

export interface NextStep {
  title: string;
  detail: string;
  /** A command line that carries the step out, when there is one. */
  command?: string;
  ruleIds: string[];
}

export interface RuleRef {
  id: string;
  title: string;
  category: Category;
  defaultSeverity: string;
  docUrl: string;
  /** The rule's Markdown documentation. */
  doc: string;
}

export interface Counts {
  pass: number;
  fail: number;
  na: number;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

/** What changed since an earlier report (`--baseline`). */
export interface BaselineComparison {
  previousScore: number | null;
  scoreDelta: number | null;
  /** Items that went from fail to pass, and from pass to fail. */
  better: { subject: string; item: string; from: ItemStatus; to: ItemStatus }[];
  worse: { subject: string; item: string; from: ItemStatus; to: ItemStatus }[];
  /** Findings present now and not before (by rule, path and message), and the reverse. */
  newFindings: ReportFinding[];
  fixedFindings: ReportFinding[];
}

export interface SecurityReport {
  schema: typeof REPORT_SCHEMA_ID;
  tool: { name: 'shipshape'; version: string };
  /** How the scores are computed, in words. */
  scoring: string;
  /** Repository score: percent of applicable items that pass, over every subject. */
  score: number | null;
  counts: Counts;
  severities: SeverityCounts;
  subjects: Subject[];
  findings: ReportFinding[];
  nextSteps: NextStep[];
  /** The documentation of every rule that has a finding or decides a failed item. */
  rules: RuleRef[];
  baseline?: BaselineComparison;
}

export const SCORING =
  'Each checklist item that applies to an image, workload or the repository counts once. An item fails when a finding of one of its rules '
  + '(or a fact of the parsed file, such as a single-stage build or a root user) says so, and passes otherwise; items that do not apply, '
  + 'or whose rules are all turned off, are left out. A score is the share of counted items that pass, in percent, rounded down; the '
  + 'repository score is that share over the items of every image, workload and the repository together.';
