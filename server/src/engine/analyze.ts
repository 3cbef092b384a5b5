/**
 * `analyze(file, project)`: detect the kind, parse once, run that kind's
 * rules, apply settings and inline suppressions. It never throws and does no
 * I/O itself: cross-file facts come through the {@link ProjectView}.
 */
import { parseDockerfile, type DockerfileModel } from '../parse/dockerfile.js';
import { parseIgnoreFile } from '../parse/ignorefile.js';
import { parseYaml, type YamlModel } from '../parse/yaml.js';
import { getRule, rules } from '../rules/index.js';
import type { AnyRule, ModelOf } from '../rules/kinds.js';
import type { FileKind, Finding, Fix, ProjectView, Range, Report, RuleContext, Settings, Severity } from '../rules/types.js';
import { withLoneCrAsLf } from '../parse/lines.js';
import { needsShellParser, reuseShellTrees, ShellTreeReuse, withoutShellParser } from '../parse/shell.js';
import { editsThroughVariable, interpolationNote, prepareInterpolation } from '../parse/compose-env.js';
import { detectKind } from './files.js';
import { foldUnderPrivileged } from './fold.js';
import { brokenYamlGuard, type FixGuard, unterminatedHeredocGuard } from './fix-guard.js';
import { buildkitChecksAreErrors, collectSuppressions, isSuppressed, suppressionEdit, type Span } from './suppress.js';
import { isYamlKind, yamlSyntaxFindings } from './yaml-syntax.js';

export interface SourceFile {
  /** Absolute path (for unsaved buffers, a path-like name). */
  path: string;
  text: string;
  /** The editor's language id, when there is one. */
  languageId?: string;
}

export interface AnalysisResult {
  /** The kind of file, or undefined when Shipshape does not analyse it. */
  kind?: FileKind;
  findings: Finding[];
  /** Rules that failed on this input (their findings are missing); for logs. */
  errors: { ruleId: string; message: string }[];
  /** The parsed model, for views such as hover (undefined when not analysed). */
  model?: ModelOf[FileKind];
  /** Lines a suppression directive on the line above covers. */
  spanOf(line: number): Span;
}

/** Limits of one analysis. */
export interface AnalyzeOptions {
  /**
   * Milliseconds the rules may take in all: past it, the remaining rules are
   * skipped and one information finding says where the analysis stopped.
   * Checked between rules (a rule is not interrupted).
   */
  timeBudgetMs?: number;
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number;
  /** Run only these rules (a rule's own tests run that rule alone). */
  only?: readonly string[];
  /**
   * What successive analyses of one document share (an editor passes one
   * object per open document). Findings are the same with or without it.
   */
  reuse?: AnalysisReuse;
}

/**
 * Parts of an analysis kept for the next analysis of the same document:
 * the syntax tree of each shell script (`RUN` body, heredoc, `sh -c`),
 * keyed by its exact text. Holds what the latest analysis used, no more.
 */
export class AnalysisReuse {
  readonly shellTrees = new ShellTreeReuse();
}

/** The id of the finding that says an analysis ran out of time. */
export const BUDGET_ID = 'analysis-budget';

/** A project with no files around the analysed one. */
export const emptyProject: ProjectView = {
  readFile: () => undefined,
  exists: () => false,
  listDir: () => undefined,
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

function parseFor(kind: FileKind, text: string): ModelOf[FileKind] {
  switch (kind) {
    case 'dockerfile': return parseDockerfile(text);
    case 'dockerignore': return parseIgnoreFile(text);
    default: return parseYaml(text);
  }
}

function dockerfileSpan(model: DockerfileModel): (line: number) => Span {
  return (line) => {
    const instr = model.instructions.find((i) => i.getRange().start.line <= line && i.getRange().end.line >= line);
    return instr ? { start: instr.getRange().start.line, end: instr.getRange().end.line } : { start: line, end: line };
  };
}

const lineSpan = (line: number): Span => ({ start: line, end: line });

const byKind = new Map<FileKind, AnyRule[]>();

/** The registered rules of one kind of file, in registry order. */
function rulesOf(kind: FileKind): AnyRule[] {
  let list = byKind.get(kind);
  if (!list) {
    list = rules.filter((r) => r.meta.kind === kind);
    byKind.set(kind, list);
  }
  return list;
}

/**
 * A message with every full image digest cut to its first 7 hex digits
 * (`@sha256:3f5d2e6…`): 64 hex digits push the advice out of a Problems row,
 * and 7 say which image as well as `git` does for a commit.
 */
export function shortenDigests(message: string): string {
  // Every digest has a colon; most messages have none.
  if (!message.includes(':')) return message;
  return message.replace(/\b(sha256|sha512):([0-9a-f]{7})[0-9a-f]{25,121}\b/gi, '$1:$2…');
}

/** Analyses one file. Never throws. */
export function analyze(source: SourceFile, project: ProjectView = emptyProject, settings: Settings = {}, options: AnalyzeOptions = {}): AnalysisResult {
  // Lines end where the editor ends them: a lone \r too (same offsets, so every range means the same).
  const text = withLoneCrAsLf(source.text);
  const file = text === source.text ? source : { ...source, text };
  const result: AnalysisResult = { findings: [], errors: [], spanOf: lineSpan };
  let kind: FileKind | undefined;
  try {
    kind = detectKind(file.path, file.text, file.languageId);
  } catch {
    kind = undefined;
  }
  if (!kind) return result;
  result.kind = kind;
  let model: ModelOf[FileKind];
  try {
    model = parseFor(kind, file.text);
  } catch (e) {
    result.errors.push({ ruleId: '(parser)', message: String((e as Error)?.message ?? e) });
    return result;
  }
  result.model = model;
  if (options.reuse) {
    options.reuse.shellTrees.begin();
    if (kind === 'dockerfile') reuseShellTrees(model as DockerfileModel, options.reuse.shellTrees);
  }
  if (kind === 'dockerfile') result.spanOf = dockerfileSpan(model as DockerfileModel);
  if (kind === 'compose') {
    try {
      prepareInterpolation(model as YamlModel, file.path, project);
    } catch (e) {
      result.errors.push({ ruleId: '(interpolation)', message: String((e as Error)?.message ?? e) });
    }
  }

  // Which fixes may be offered is known from the model alone, so lazily reported fixes are filtered when computed.
  let keep: FixGuard;
  try {
    keep = isYamlKind(kind) ? brokenYamlGuard(model as YamlModel) : kind === 'dockerfile' ? unterminatedHeredocGuard(model as DockerfileModel) : undefined;
    // A Compose fix that would write through a `${VAR}` edits the variable's use, not its value.
    if (kind === 'compose') keep = both(keep, (f) => !f.edits.some((e) => editsThroughVariable(model as YamlModel, e)));
  } catch (e) {
    result.errors.push({ ruleId: '(fix guard)', message: String((e as Error)?.message ?? e) });
    keep = () => false;
  }

  const raw: Finding[] = [];
  const now = options.now ?? (() => performance.now());
  const started = now();
  let stopped: Finding | undefined;
  // One report function for all rules (a closure per rule and file is measurable): it files under the rule now running.
  let ruleId = '';
  let severitySetting: Severity = 'warning';
  let severityFixed = false;
  const report = (r: Report) => {
    if (kind === 'compose') r = withInterpolation(model as YamlModel, r);
    if (kind === 'kubernetes' && (model as YamlModel).templated) {
      const t = withoutTemplates(r);
      if (!t) return;
      r = t;
    }
    // Field by field, not `{ ...r }`: a spread copies generically and costs several times as much per finding.
    const finding = {
      range: r.range,
      message: shortenDigests(r.message),
      ruleId,
      severity: severityFixed ? severitySetting : (r.severity ?? severitySetting),
    } as Finding;
    if (r.related) finding.related = r.related;
    giveFixes(finding, r.fixes, keep, result.errors);
    raw.push(finding);
  };
  for (const rule of rulesOf(kind)) {
    if (options.only && !options.only.includes(rule.meta.id)) continue;
    if (options.timeBudgetMs !== undefined) {
      const elapsed = now() - started;
      if (elapsed > options.timeBudgetMs) {
        const last = raw.reduce((m, f) => Math.max(m, f.range.start.line), 0);
        stopped = {
          ruleId: BUDGET_ID,
          severity: 'info',
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          message: `Analysis stopped after ${Math.round(elapsed)} ms at line ${last + 1} (the budget is ${options.timeBudgetMs} ms): the checks from '${rule.meta.id}' on did not run, so problems may be missing`,
          fixes: [],
        };
        break;
      }
    }
    const setting = settings.rules?.[rule.meta.id];
    const severity = setting ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    ruleId = rule.meta.id;
    severitySetting = severity;
    severityFixed = setting !== undefined;
    const ctx: RuleContext<unknown> = {
      path: file.path,
      text: file.text,
      model,
      project,
      settings,
      options: settings.ruleOptions?.[rule.meta.id] ?? {},
      report,
    };
    try {
      (rule as { check(ctx: RuleContext<unknown>): void }).check(ctx);
    } catch (e) {
      // Inside analyzeWithoutWaiting: the analysis is abandoned at the first script that needs the shell parser.
      if (needsShellParser(e)) throw e;
      result.errors.push({ ruleId: rule.meta.id, message: String((e as Error)?.stack ?? e) });
    }
  }
  // One by one: spreading tens of thousands of findings into push() overflows the stack.
  if (isYamlKind(kind)) for (const f of yamlSyntaxFindings(model as YamlModel, settings)) raw.push(f);

  let suppressions;
  try {
    suppressions = collectSuppressions(file.text, result.spanOf, { kind, model, ignoreTools: settings.disableHadolintPragmas ? ['hadolint'] : undefined });
  } catch {
    suppressions = undefined;
  }
  const disallowed = new Set(settings.disallowInlineSuppression ?? []);
  result.findings = raw
    .filter((f) => {
      if (!suppressions || disallowed.has(f.ruleId)) return true;
      const rule = getRule(f.ruleId);
      return !isSuppressed(suppressions, f, rule?.meta.equivalents ?? []);
    })
    .sort(compareFindings);
  if (kind === 'compose' || kind === 'kubernetes') {
    try {
      foldUnderPrivileged(kind, model as YamlModel, file.path, result.findings, settings);
      result.findings.sort(compareFindings);
    } catch (e) {
      result.errors.push({ ruleId: '(fold)', message: String((e as Error)?.message ?? e) });
    }
  }
  // `# check=error=true`: BuildKit's checks fail the build, so the rules standing for them report errors
  // (unless the settings name the rule's severity).
  if (kind === 'dockerfile' && buildkitChecksAreErrors((model as DockerfileModel).lines)) {
    for (const f of result.findings) {
      if (settings.rules?.[f.ruleId] === undefined && getRule(f.ruleId)?.meta.equivalents.some((e) => e.startsWith('buildkit:'))) f.severity = 'error';
    }
  }
  if (stopped) result.findings.unshift(stopped);
  options.reuse?.shellTrees.end();
  return result;
}

/**
 * {@link analyze} without waiting for {@link initEngine} to finish: while the
 * shell parser still loads, the shell scripts its fast path reads (most `RUN`
 * bodies) are parsed without it, exactly as they would be with it. Undefined
 * when a script needs the parser, or when loading has not started or has
 * failed; then await `initEngine()` and call `analyze`.
 */
export function analyzeWithoutWaiting(...args: Parameters<typeof analyze>): AnalysisResult | undefined {
  return withoutShellParser(() => analyze(...args));
}

/** A Compose finding that names where interpolated values came from ("`${SOCK}` is /var/run/docker.sock (from .env)"). */
function withInterpolation(model: YamlModel, r: Report): Report {
  const note = interpolationNote(model, r.range);
  return note ? { ...r, message: `${r.message}; ${note}` } : r;
}

const both = (a: FixGuard, b: NonNullable<FixGuard>): FixGuard => (a ? (f) => a(f) && b(f) : b);

/** What a finding with lazily reported fixes keeps until they are read (under a symbol: not enumerable, not copied). */
interface LazyFixes {
  make: (() => Fix[]) | undefined;
  fixes: Fix[];
  keep: FixGuard;
  errors: AnalysisResult['errors'];
  ruleId: string;
}

const LAZY = Symbol('lazy fixes');

type LazyFinding = Finding & { [LAZY]: LazyFixes };

/** The getter of a lazily fixed finding's `fixes`: computes them once, on the first read. */
function readLazyFixes(this: LazyFinding): Fix[] {
  const lazy = this[LAZY];
  if (lazy.make) {
    const compute = lazy.make;
    // Released first: a throwing function is not called again, and what it holds can be collected.
    lazy.make = undefined;
    try {
      let fixes = compute();
      if (lazy.keep && fixes.length) fixes = fixes.filter(lazy.keep);
      lazy.fixes = fixes;
    } catch (e) {
      lazy.errors.push({ ruleId: lazy.ruleId, message: `fixes: ${String((e as Error)?.stack ?? e)}` });
    }
  }
  return lazy.fixes;
}

function writeLazyFixes(this: LazyFinding, value: Fix[]): void {
  const lazy = this[LAZY];
  lazy.make = undefined;
  lazy.fixes = value;
}

/**
 * Gives a finding its fixes, those the guard keeps. A list a rule reported is
 * filtered now; a function is called when the finding's `fixes` are first read,
 * at most once (an enumerable getter, so JSON output and every reader see a
 * plain list), and never when nobody reads them. A function that throws gives
 * no fixes and adds to the analysis's errors.
 *
 * The getter and setter are the same two functions for every finding, and
 * what they need lives on the finding. With a getter closure per finding,
 * V8's young-generation collections kept the analysed files' models alive
 * until the next full collection: they were promoted to the old generation
 * (66 MB instead of 13 MB over 8 rounds of the corpus's Kubernetes files),
 * and garbage collection cost about as much as the rules themselves.
 */
export function giveFixes(finding: Finding, reported: Report['fixes'], keep: FixGuard, errors: AnalysisResult['errors']): void {
  if (typeof reported !== 'function') {
    finding.fixes = !reported ? [] : keep && reported.length ? reported.filter(keep) : reported;
    return;
  }
  const lazy: LazyFixes = { make: reported, fixes: [], keep, errors, ruleId: finding.ruleId };
  Object.defineProperty(finding, LAZY, { value: lazy, enumerable: false, writable: false, configurable: true });
  Object.defineProperty(finding, 'fixes', { enumerable: true, configurable: true, get: readLazyFixes, set: writeLazyFixes });
}

/**
 * A finding of a Helm/Go-templated manifest, unless it judges template syntax
 * as a value: a finding that quotes a template as the value it judges
 * (`adds {{ .Values.cap }}`) is dropped, a templated name in a message reads
 * "(templated name)". Findings about literal settings stay.
 */
function withoutTemplates(r: Report): Report | undefined {
  if (!r.message.includes('{{')) return r;
  // Quoted parts are the odd pieces between single quotes.
  const parts = r.message.split("'");
  let message = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const quoted = i % 2 === 1 && i < parts.length - 1;
    if (quoted && parts[i].includes('{{')) {
      message += `(templated name)${parts[++i]}`;
    } else message += `'${parts[i]}`;
  }
  return message.includes('{{') ? undefined : { ...r, message };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line
    || a.range.start.character - b.range.start.character
    || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    || a.ruleId.localeCompare(b.ruleId);
}

/** The "Disable <rule> for this line" edit for a finding of an analysis. */
export function disableForLineEdit(file: SourceFile, result: AnalysisResult, ruleId: string, range: Range) {
  return suppressionEdit(file.text, ruleId, range, result.spanOf);
}
