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

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** An edit to a file other than the one analysed (e.g. creating a `.dockerignore`). */
export interface OtherFileEdit {
  /** Absolute path of the file. */
  path: string;
  /** When true the file is created with `content` (it must not exist yet). */
  create?: boolean;
  content?: string;
  edits?: TextEdit[];
}

export interface Fix {
  /** Imperative title, e.g. "Add a non-root USER". */
  title: string;
  /** Safe fixes are applied by "fix all" and `--fix`; unsafe ones only when chosen. */
  safe: boolean;
  /** Edits to the analysed file. */
  edits: TextEdit[];
  /** Edits to other files, when the fix creates or changes them. */
  otherFiles?: OtherFileEdit[];
}

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
  fixes?: Fix[];
  related?: RelatedInformation[];
  /** Overrides the rule's default severity for this finding (e.g. port 22 is an error). */
  severity?: Severity;
}

export interface Finding extends Report {
  ruleId: string;
  severity: Severity;
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
  /** Markdown: why it matters, what to do, fix safety, references. */
  doc: string;
}

/**
 * A read-only view of the files around the analysed one. Front ends (language
 * server, CLI) implement it; rules may use it for cross-file reasoning.
 * Paths are absolute.
 */
export interface ProjectView {
  /** The workspace or repository root, when known. */
  root?: string;
  readFile(path: string): string | undefined;
  exists(path: string): boolean;
  /** Entry names of a directory (not recursive), or undefined when it is not a directory. */
  listDir(path: string): string[] | undefined;
  /**
   * What an image's registry says about it, when a front end resolved it
   * beforehand (opt-in registry resolution); undefined otherwise. `ref` is the
   * reference as written after substitution, `platform` the one asked for
   * (`FROM --platform=…`), undefined for the host's.
   */
  image?(ref: string, platform?: string): ImageFacts | undefined;
}

/** Facts about one image read from its registry: the manifest and the image config. */
export interface ImageFacts {
  /** The digest the reference points to now (for a multi-platform image, the index's digest). */
  digest: string;
  /** The digest of the chosen platform's manifest (equal to `digest` for a single-platform image). */
  manifestDigest: string;
  /** The platform whose config these are (`linux/amd64`). */
  platform?: string;
  /** When the image was built (config `created`, RFC 3339). */
  created?: string;
  /** Config `User`; the empty string when the image sets none (it runs as root). */
  user: string;
  env?: string[];
  /** Config `ExposedPorts` keys (`8080/tcp`). */
  exposedPorts?: string[];
  /** Config `Healthcheck.Test`. */
  healthcheck?: string[];
  entrypoint?: string[];
  cmd?: string[];
  /** Bytes to download: the config and the compressed layers. */
  size?: number;
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
}

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
