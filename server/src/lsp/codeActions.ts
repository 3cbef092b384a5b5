/**
 * Code actions: one quick fix per fix of the findings under the range, then
 * "Disable <id> for this line" and "Show documentation for <id>"; and
 * `source.fixAll.shipshape` with every safe fix of the document.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type CreateFile,
  type Range as LspRange,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { disableForLineEdit } from '../engine/analyze.js';
import { lineStarts, offsetAt } from '../engine/edits.js';
import { Commands, FIX_ALL_KIND } from '../protocol.js';
import type { Finding, Fix, Range, TextEdit } from '../rules/types.js';
import type { DocumentAnalysis } from './analysis.js';
import type { ClientAbilities, ServerContext } from './context.js';
import { toDiagnostic } from './diagnostics.js';
import { hardenAction, SPLIT_BY_HARDEN } from './harden.js';
import { pathToUri } from './paths.js';

/** The code action kinds the server offers. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND];

const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
  a.line < b.line || (a.line === b.line && a.character < b.character);

/** Whether two ranges share a position (touching counts, so a cursor at a squiggle's end still sees it). */
export function overlaps(a: Range, b: LspRange): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Whether the client asked for actions of this kind (`only` absent means any). */
function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** The workspace edit of a fix, versioned against the analysed document; undefined when the client cannot apply it. */
export function fixEdit(analysis: DocumentAnalysis, fix: Fix, abilities: ClientAbilities): WorkspaceEdit | undefined {
  const others = fix.otherFiles ?? [];
  if (!abilities.documentChanges) {
    if (others.some((o) => o.create)) return undefined;
    const changes: Record<string, TextEdit[]> = { [analysis.uri]: fix.edits };
    for (const o of others) changes[pathToUri(o.path)] = [...(changes[pathToUri(o.path)] ?? []), ...(o.edits ?? [])];
    return { changes };
  }
  if (others.some((o) => o.create) && !abilities.createFiles) return undefined;
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
  if (fix.edits.length) documentChanges.push({ textDocument: { uri: analysis.uri, version: analysis.version }, edits: fix.edits });
  for (const o of others) {
    const uri = pathToUri(o.path);
    const edits: TextEdit[] = [];
    if (o.create) {
      documentChanges.push({ kind: 'create', uri, options: { overwrite: false, ignoreIfExists: true } });
      if (o.content) edits.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: o.content });
    }
    for (const e of o.edits ?? []) edits.push(e);
    if (edits.length) documentChanges.push({ textDocument: { uri, version: null }, edits });
  }
  return { documentChanges };
}

function quickFixes(analysis: DocumentAnalysis, findings: Finding[], abilities: ClientAbilities): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    const diagnostic = toDiagnostic(finding, analysis.version);
    const preferred = finding.fixes.find((f) => f.safe);
    for (const fix of finding.fixes) {
      const edit = fixEdit(analysis, fix, abilities);
      if (!edit) continue;
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, ...(fix === preferred ? { isPreferred: true } : {}) });
    }
  }
  const seen = new Set<string>();
  for (const finding of findings) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    const edit = disableForLineEdit(analysis.file, analysis.result, finding.ruleId, finding.range);
    actions.push({
      title: `Disable ${finding.ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(finding, analysis.version)],
      edit: abilities.documentChanges
        ? { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits: [edit] }] }
        : { changes: { [analysis.uri]: [edit] } },
    });
  }
  for (const id of seen) {
    actions.push({
      title: `Show documentation for ${id}`,
      kind: CodeActionKind.QuickFix,
      command: { title: `Show documentation for ${id}`, command: Commands.showRuleDoc, arguments: [id] },
    });
  }
  return actions;
}

/**
 * The safe fixes of a document that can be applied together: the first safe
 * fix of each finding, editing only this document, in order, dropping any
 * that overlaps one taken before.
 */
export function fixAllEdits(analysis: DocumentAnalysis): TextEdit[] {
  const text = analysis.file.text;
  const starts = lineStarts(text);
  const candidates = analysis.result.findings
    .map((f) => f.fixes.find((fix) => fix.safe && !fix.otherFiles?.length && fix.edits.length))
    .filter((fix): fix is Fix => fix !== undefined)
    .map((fix) => {
      const spans = fix.edits.map((e) => [offsetAt(text, starts, e.range.start), offsetAt(text, starts, e.range.end)]);
      return { fix, start: spans.reduce((m, s) => Math.min(m, s[0]), Infinity), end: spans.reduce((m, s) => Math.max(m, s[1]), -Infinity) };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const edits: TextEdit[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    for (const e of c.fix.edits) edits.push(e);
    lastEnd = Math.max(lastEnd, c.end);
  }
  return edits;
}

function fixAll(analysis: DocumentAnalysis, abilities: ClientAbilities): CodeAction | undefined {
  const edits = fixAllEdits(analysis);
  if (!edits.length) return undefined;
  return {
    title: 'Fix all safe Shipshape problems',
    kind: FIX_ALL_KIND,
    edit: abilities.documentChanges
      ? { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits }] }
      : { changes: { [analysis.uri]: edits } },
  };
}

/** Handles `textDocument/codeAction`. */
export async function onCodeAction(ctx: ServerContext, params: CodeActionParams): Promise<CodeAction[]> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc) return [];
  const analysis = await ctx.analysisOf(doc);
  if (!analysis) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix, only)) {
    const findings = analysis.result.findings.filter((f) => overlaps(f.range, params.range));
    for (const a of quickFixes(analysis, findings, ctx.abilities)) actions.push(a);
    const split = findings.find((f) => SPLIT_BY_HARDEN.has(f.ruleId));
    const harden = split ? await hardenAction(ctx, analysis, params.range, split) : undefined;
    if (harden) actions.push(harden);
  }
  if (wanted(CodeActionKind.RefactorRewrite, only)) {
    const harden = await hardenAction(ctx, analysis, params.range);
    if (harden) actions.push(harden);
  }
  if (wanted(FIX_ALL_KIND, only)) {
    const all = fixAll(analysis, ctx.abilities);
    if (all) actions.push(all);
  }
  return actions;
}
