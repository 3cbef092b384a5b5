/**
 * The rule contract. Rules are pure: they read a parsed model and report
 * findings with their fixes. They know nothing of editors, terminals,
 * settings storage or the file system (cross-file facts arrive through
 * {@link ProjectView}).
 */

/** The kinds of file Shipshape analyses. */
export type FileKind = 'dockerfile' | 'compose' | 'kubernetes' | 'workflow' | 'dockerignore' | 'dependabot';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

import type { Fix, ImageFacts, OtherFileEdit, Position, ProjectView, Range, TextEdit } from '../text.js';

export type { Fix, ImageFacts, OtherFileEdit, Position, ProjectView, Range, TextEdit };

export interface RelatedInformation {
  /** Absolute path of the related file. */
  path: string;
  range: Range;
  message: string;
}

/** What a rule reports. Severity and rule id are filled in by the engine. */
export interface Report {
  range: Range;
  message: string;
  /**
   * The finding's fixes, or a function that computes them. The engine calls
   * the function at most once, and only when someone reads the finding's
   * fixes (a quick fix, `--fix`, harden, JSON output), so a rule whose fixes
   * cost real work (edit-style detection, whole-workload edits) reports them
   * this way. It runs after every rule has run: it may read the model and
   * what the rule computed for this finding (models are shared read-only),
   * never state a later check changes.
   */
  fixes?: Fix[] | (() => Fix[]);
  related?: RelatedInformation[];
  /** Overrides the rule's default severity for this finding (e.g. port 22 is an error). */
  severity?: Severity;
}

export interface Finding extends Report {
  ruleId: string;
  severity: Severity;
  /** Always a list: lazily reported fixes are computed when this is first read. */
  fixes: Fix[];
}

export interface RuleMeta<K extends FileKind = FileKind> {
  /** Kebab-case, unique, equal to the file name; never changes meaning. */
  id: string;
  kind: K;
  title: string;
  /** `off` makes the rule opt-in. */
  defaultSeverity: SeveritySetting;
  /** What kind of fix the rule offers. */
  fix: 'safe' | 'unsafe' | 'none';
  /** Equivalent ids in other tools, written `tool:ID` (e.g. `hadolint:DL3002`). */
  equivalents: string[];
  /** The harden plan resolves this rule's findings (splitting the build), so their lightbulb offers it too. */
  resolvedByHarden?: boolean;
  /** Markdown: why it matters, what to do, fix safety, references. */
  doc: string;
}

/** Settings that shape analysis; every field is optional. */
export interface Settings {
  /** Severity per rule id. */
  rules?: Record<string, SeveritySetting>;
  /** Options per rule id, documented in each rule's doc. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Pod Security Standards level to enforce. */
  kubernetesLevel?: 'baseline' | 'restricted';
  /** Registries base images may come from (empty: any). */
  trustedRegistries?: string[];
  /** Rule ids whose inline suppressions are not honoured. */
  disallowInlineSuppression?: string[];
  /** Runtime family the harden plan targets. */
  hardenRuntime?: string;
  /** hadolint's `label-schema`: the labels every stage carries, with the format of each value. */
  labelSchema?: Record<string, LabelFormat>;
  /** hadolint's `strict-labels`: a label outside `labelSchema` is reported. */
  strictLabels?: boolean;
  /** hadolint's `disable-ignore-pragma`: `# hadolint ignore=` comments silence nothing. */
  disableHadolintPragmas?: boolean;
}

/** The value formats of hadolint's `label-schema`. */
export const LABEL_FORMATS = ['text', 'url', 'rfc3339', 'spdx', 'hash', 'semver', 'email'] as const;
export type LabelFormat = typeof LABEL_FORMATS[number];

export interface RuleContext<M> {
  /** Absolute path (or a URI-like path for unsaved buffers). */
  path: string;
  text: string;
  model: M;
  project: ProjectView;
  settings: Settings;
  /** This rule's options from settings (empty object when none). */
  options: Record<string, unknown>;
  report(report: Report): void;
}

export interface Rule<K extends FileKind = FileKind, M = unknown> {
  meta: RuleMeta<K>;
  check(ctx: RuleContext<M>): void;
}
