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
    runtime?: string;
  }
  | { ok: false; reason: string };

/**
 * `shipshape/harden`: computes the "Harden this Dockerfile" plan — builder
 * stage, minimal non-root runtime, safe fixes, `.dockerignore` — without
 * applying anything; the client shows it as a diff and applies it on accept.
 */
export const HardenRequest = new RequestType<HardenParams, HardenResult, void>('shipshape/harden');

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
 * (build contexts, ignore files, secrets, configuration).
 */
export const WATCHED_FILES_GLOB =
  '**/{.dockerignore,*.dockerignore,Dockerfile*,*.Dockerfile,Containerfile,.env*,*.pem,*.key,id_rsa*,credentials*,.npmrc,.pypirc,dependabot.y*ml,.shipshape.y*ml,.hadolint.y*ml,package.json,docker-compose*.y*ml,compose*.y*ml}';
