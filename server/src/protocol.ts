/**
 * Requests and commands shared by the language server and the VS Code client.
 * The client imports only this module from the server side.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-protocol';

/** Parameters of {@link ScanWorkspaceRequest}: the files to analyse from disk. */
export interface ScanWorkspaceParams {
  /** `file:` URIs. Files Shipshape does not analyse come back with no diagnostics. */
  uris: string[];
}

/** Diagnostics of one scanned file. */
export interface ScannedFile {
  uri: string;
  /** The detected kind of file, or undefined when Shipshape does not analyse it. */
  kind?: string;
  diagnostics: Diagnostic[];
}

export interface ScanWorkspaceResult {
  files: ScannedFile[];
}

/**
 * `shipshape/scanWorkspace`: analyses files that need not be open, reading
 * them from disk (the unsaved text of open documents wins), and returns their
 * diagnostics exactly as they would be published.
 */
export const ScanWorkspaceRequest = new RequestType<ScanWorkspaceParams, ScanWorkspaceResult, void>('shipshape/scanWorkspace');

/** Parameters of {@link RuleDocRequest}. */
export interface RuleDocParams {
  ruleId: string;
}

/** A rule's documentation, or null for an unknown id. */
export interface RuleDocResult {
  id: string;
  title: string;
  /** The rule's Markdown doc. */
  markdown: string;
  /** Where the doc is published. */
  url: string;
}

/** `shipshape/ruleDoc`: the Markdown documentation of a rule. */
export const RuleDocRequest = new RequestType<RuleDocParams, RuleDocResult | null, void>('shipshape/ruleDoc');

/** Parameters of {@link HardenRequest}. */
export interface HardenParams {
  /** The Dockerfile (open or on disk). */
  uri: string;
  /** Runtime flavour (`distroless`, `chainguard`, `alpine`, `slim`, `scratch`); default from settings. */
  runtime?: string;
}

/** One explained change of a harden plan. */
export interface HardenChangeInfo {
  title: string;
  detail: string;
}

/** The plan, for review: nothing has been applied. */
export type HardenResult =
  | {
    ok: true;
    uri: string;
    /** Version of the open document the plan was computed from (null when read from disk). */
    version: number | null;
    /** The proposed Dockerfile; equal to the current text when nothing needs changing. */
    newText: string;
    changes: HardenChangeInfo[];
    /** Files to create beside the Dockerfile. */
    createFiles: { uri: string; content: string }[];
    /** Existing files to append to (the `.dockerignore` the build reads): `append` goes at the end of `original`. */
    amendFiles: { uri: string; original: string; append: string }[];
    runtime?: string;
    /** What the runtime lacks or changed (`check`: the person must verify it); also in the diff's runtime header comment. */
    caveats: { text: string; check: boolean }[];
    /** One paragraph for the notification: change count, runtime pairing and every caveat. */
    summary: string;
  }
  | { ok: false; reason: string };

/**
 * `shipshape/harden`: computes the "Harden this Dockerfile" plan — builder
 * stage, minimal non-root runtime, safe fixes, `.dockerignore` — without
 * applying anything; the client shows it as a diff and applies it on accept.
 */
export const HardenRequest = new RequestType<HardenParams, HardenResult, void>('shipshape/harden');

/** Parameters of {@link SecurityReportRequest}. */
export interface SecurityReportParams {
  /** `file:` URIs of the files to report on (files Shipshape does not analyse are left out). */
  uris: string[];
  /** The folder that paths in the report are relative to (a workspace folder's URI). */
  baseUri: string;
  format: 'html' | 'md' | 'json';
  /** HTML for a webview: the nonce its style and script carry, and the webview's CSP source. */
  webview?: { nonce: string; cspSource: string };
}

export interface SecurityReportResult {
  /** The report in the requested format. */
  content: string;
  /** Repository score (percent of counted checklist items that pass), null when no item counts. */
  score: number | null;
  subjects: number;
  findings: number;
}

/**
 * `shipshape/securityReport`: the security posture report of the given files
 * (open documents as they are in the editor) — the same report as
 * `shipshape report`. In a webview, clicking an evidence link posts
 * `{ command: 'open', path, line }` with `path` relative to `baseUri`.
 */
export const SecurityReportRequest = new RequestType<SecurityReportParams, SecurityReportResult, void>('shipshape/securityReport');

/** Command ids the extension contributes. */
export const Commands = {
  /** Shows the hardening plan of a Dockerfile as a diff for review; argument: the document URI (default: active editor). */
  hardenDockerfile: 'shipshape.hardenDockerfile',
  /** Applies the reviewed plan as one undoable edit; argument: the document URI. */
  applyHardening: 'shipshape.applyHardening',
  /** Drops the plan under review and closes its diff; argument: the document URI. */
  discardHardening: 'shipshape.discardHardening',
  /** Opens a rule's documentation; argument: the rule id. */
  showRuleDoc: 'shipshape.showRuleDoc',
  restartServer: 'shipshape.restartServer',
  scanWorkspace: 'shipshape.scanWorkspace',
  /** Opens the security report of the workspace in a webview, refreshed on save. */
  showSecurityReport: 'shipshape.showSecurityReport',
} as const;

/** The kind of the "fix all" code action. */
export const FIX_ALL_KIND = 'source.fixAll.shipshape';

/** What a Shipshape diagnostic carries in `data`, to find its finding again. */
export interface DiagnosticData {
  ruleId: string;
  /** Document version the diagnostic was computed for. */
  version: number;
}

/**
 * Glob of the files whose change can alter the findings of another file
 * (build contexts, ignore files, secrets, configuration, and YAML: the
 * Kubernetes manifests and workflows around a manifest or workflow).
 */
export const WATCHED_FILES_GLOB =
  '**/{.dockerignore,*.dockerignore,Dockerfile*,*.Dockerfile,Containerfile,.env*,*.pem,*.key,id_rsa*,credentials*,.npmrc,.pypirc,.shipshape.y*ml,.hadolint.y*ml,package.json,*.y*ml}';

/**
 * What the server asks the client to watch: every file, so what the analysis
 * read from disk (folder listings of build contexts included) is read again
 * after it changes, and is not read again on every keystroke.
 */
export const WATCHED_REGISTRATION_GLOB = '**/*';
