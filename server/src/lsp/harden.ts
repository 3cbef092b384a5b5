/** The `shipshape/harden` request and the "Harden this Dockerfile" code action on the first FROM. */
import { readFileSync } from 'node:fs';
import type { CodeAction, Range as LspRange, TextDocumentEdit, CreateFile } from 'vscode-languageserver';
import { type Finding, initEngine, withoutBom } from '../engine/index.js';
import { pinRuntime, runtimeToResolve } from '../harden/pin.js';
import { planHarden, type HardenOptions } from '../harden/plan.js';
import type { RuntimeFlavour } from '../harden/runtimes.js';
import { Commands, type HardenParams, type HardenResult } from '../protocol.js';
import type { DocumentAnalysis } from './analysis.js';
import type { ServerContext } from './context.js';
import { toDiagnostic } from './diagnostics.js';
import { pathToUri, uriToPath } from './paths.js';

const FLAVOURS: readonly string[] = ['distroless', 'chainguard', 'alpine', 'slim', 'scratch'];

/**
 * Handles `shipshape/harden`: the plan for review, never applied here.
 * `ask`: the registry may be asked about the runtime image (an explicit command, not a code-action request).
 */
export async function onHarden(ctx: ServerContext, params: HardenParams, ask = true): Promise<HardenResult> {
  await initEngine();
  const doc = ctx.documents.get(params.uri);
  const path = uriToPath(params.uri);
  let text: string;
  try {
    text = doc?.getText() ?? withoutBom(readFileSync(path, 'utf8'));
  } catch {
    return { ok: false, reason: `Shipshape could not read ${path}.` };
  }
  const project = ctx.projects.viewFor(path);
  const settings = (await ctx.settingsFor(params.uri, path, project)) ?? {};
  const options: HardenOptions = params.runtime && FLAVOURS.includes(params.runtime) ? { runtime: params.runtime as RuntimeFlavour } : {};
  let plan = planHarden({ path, text, languageId: doc?.languageId }, project, settings, options);
  if (!plan.ok) return plan;
  // With registry resolution on, the runtime image is pinned by digest (a code action only uses what is already known).
  if (ask) await ctx.registry.resolveNow(params.uri, runtimeToResolve(plan));
  plan = pinRuntime(plan, ctx.projects.viewFor(path));
  return {
    ok: true,
    uri: params.uri,
    version: doc?.version ?? null,
    newText: plan.text,
    changes: plan.changes,
    createFiles: plan.createFiles.map((f) => ({ uri: pathToUri(f.path), content: f.content })),
    amendFiles: plan.amendFiles.map((f) => ({ uri: pathToUri(f.path), original: f.original, append: f.append })),
    runtime: plan.runtime,
    caveats: plan.caveats,
    summary: plan.summary,
  };
}

/**
 * The "Harden this Dockerfile…" action: a refactoring on the first FROM, and a
 * quick fix of findings the plan resolves (compilers shipped, full-OS
 * runtime). Clients that review plans (the VS Code client says so in its
 * initialization options) get a command that shows the diff first; other
 * editors get the rewrite as an edit, which their code-action menu applies
 * only when chosen.
 */
export async function hardenAction(ctx: ServerContext, analysis: DocumentAnalysis, range: LspRange, fixing?: Finding): Promise<CodeAction | undefined> {
  if (analysis.result.kind !== 'dockerfile') return undefined;
  if (!fixing) {
    const first = analysis.result.model && 'stages' in analysis.result.model ? analysis.result.model.stages[0] : undefined;
    if (!first) return undefined;
    const from = first.from.getRange();
    if (range.end.line < from.start.line || range.start.line > from.end.line) return undefined;
  }
  const title = fixing ? 'Split into build and runtime stages (Harden this Dockerfile…)' : 'Harden this Dockerfile (multi-stage, minimal, non-root)…';
  const kind = fixing ? 'quickfix' : 'refactor.rewrite';
  const diagnostics = fixing ? { diagnostics: [toDiagnostic(fixing, analysis.version)] } : {};
  if (ctx.abilities.reviewsHardening) {
    return { title, kind, ...diagnostics, command: { title, command: Commands.hardenDockerfile, arguments: [analysis.uri] } };
  }
  const plan = await onHarden(ctx, { uri: analysis.uri }, false);
  if (!plan.ok || (plan.newText === analysis.file.text && !plan.createFiles.length && !plan.amendFiles.length)) return undefined;
  const lines = analysis.file.text.split('\n');
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
  // Appended at the end of the file as it was planned against (its own lines and exceptions are not touched).
  const appends = plan.amendFiles.map((f) => {
    const lines = f.original.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    return { uri: f.uri, edit: { range: { start: end, end }, newText: f.append } };
  });
  if (!ctx.abilities.documentChanges) {
    const changes: Record<string, { range: LspRange; newText: string }[]> = { [analysis.uri]: [{ range: whole, newText: plan.newText }] };
    for (const a of appends) changes[a.uri] = [a.edit];
    return { title, kind, ...diagnostics, edit: { changes } };
  }
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [
    { textDocument: { uri: analysis.uri, version: analysis.version }, edits: [{ range: whole, newText: plan.newText }] },
    ...appends.map((a) => ({ textDocument: { uri: a.uri, version: null }, edits: [a.edit] })),
  ];
  if (ctx.abilities.createFiles) {
    for (const f of plan.createFiles) {
      documentChanges.push({ kind: 'create', uri: f.uri, options: { overwrite: false, ignoreIfExists: true } });
      documentChanges.push({ textDocument: { uri: f.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: f.content }] });
    }
  }
  return { title, kind, ...diagnostics, edit: { documentChanges } };
}
