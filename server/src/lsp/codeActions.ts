/**
 * Code actions: one quick fix per fix of the findings under the range (most
 * relevant finding first, its preferred fix first, unsafe fixes labelled),
 * "Fix all <id> in this file" for a rule found more than once, then
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
import { applicableFix, digestPins, disableForLineEdit, type Finding, type Fix, getRule, type Position, type Range, selectFixes, type TextEdit } from '../engine/index.js';
import { Commands, FIX_ALL_KIND } from '../protocol.js';
import { type DocumentAnalysis, withFixes } from './analysis.js';
import type { ClientAbilities, ServerContext } from './context.js';
import { toDiagnostic } from './diagnostics.js';
import { hardenAction } from './harden.js';
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

/** What an unsafe fix's title says, so it is not mistaken for the preferred one in the lightbulb. */
export const UNSAFE_LABEL = ' (review: changes behaviour)';

/** The title a fix is offered under: unsafe fixes say they need a look. */
export function fixTitle(fix: Fix): string {
  return fix.safe ? fix.title : `${fix.title}${UNSAFE_LABEL}`;
}

const size = (r: Range) => (r.end.line - r.start.line) * 10_000 + (r.end.character - r.start.character);
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2, hint: 3 } as const;

/**
 * The findings under the cursor, most relevant first: those whose range holds
 * the cursor itself before those that only touch the selection, then the
 * narrowest (the image tag before the whole instruction), then the most severe.
 */
export function byRelevance(findings: Finding[], cursor: Position): Finding[] {
  const at = (f: Finding) => (!before(cursor, f.range.start) && !before(f.range.end, cursor) ? 0 : 1);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => at(a.f) - at(b.f) || size(a.f.range) - size(b.f.range)
      || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/**
 * "Fix all <rule> in this file" for a rule found more than once in the
 * document: each finding's preferred (safe) fix, or its first fix when it has
 * no safe one, in which case the action is labelled for review.
 */
export function fixAllOfRule(analysis: DocumentAnalysis, ruleId: string, abilities: ClientAbilities): CodeAction | undefined {
  const offer = fixAllOfRuleOffer(analysis, ruleId, abilities);
  return offer && { ...offer.action, edit: offer.edit?.() };
}

/** An action whose edit is computed when it is asked for (`codeAction/resolve`), or at once for clients that cannot resolve. */
interface Offer {
  action: CodeAction;
  edit?: () => WorkspaceEdit;
  /** What `codeAction/resolve` needs to compute the edit again. */
  data?: ResolveData;
}

/** What an action sent without its edit carries to find it again. */
type ResolveData =
  | { uri: string; version: number; type: 'fix'; finding: number; fix: number }
  | { uri: string; version: number; type: 'fixAllOfRule'; ruleId: string }
  | { uri: string; version: number; type: 'disable'; finding: number }
  | { uri: string; version: number; type: 'fixAll' };

const editOf = (analysis: DocumentAnalysis, edits: TextEdit[], abilities: ClientAbilities): WorkspaceEdit =>
  abilities.documentChanges
    ? { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits }] }
    : { changes: { [analysis.uri]: edits } };

function fixAllOfRuleOffer(analysis: DocumentAnalysis, ruleId: string, abilities: ClientAbilities): Offer | undefined {
  const usable = (x: Fix) => !x.otherFiles?.length && x.edits.length > 0;
  const findings = analysis.result.findings.filter((f) => f.ruleId === ruleId && f.fixes.some(usable));
  // Two or more usable fixes: the applier always takes the first, so the edit is never empty.
  if (findings.length < 2) return undefined;
  const pick = (f: Finding) => f.fixes.find((x) => x.safe && usable(x)) ?? f.fixes.find(usable);
  const safe = findings.every((f) => pick(f)?.safe);
  return {
    action: {
      title: `Fix all ${ruleId} in this file (${findings.length})${safe ? '' : UNSAFE_LABEL}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: findings.map((f) => toDiagnostic(f, analysis.version)),
    },
    edit: () => editOf(analysis, selectFixes(analysis.file.text, findings, { pick }).flatMap((x) => x.fix.edits), abilities),
    data: { uri: analysis.uri, version: analysis.version, type: 'fixAllOfRule', ruleId },
  };
}

function quickFixes(analysis: DocumentAnalysis, findings: Finding[], abilities: ClientAbilities): Offer[] {
  const offers: Offer[] = [];
  const all = analysis.result.findings;
  const base = { uri: analysis.uri, version: analysis.version };
  for (const finding of findings) {
    const diagnostic = toDiagnostic(finding, analysis.version);
    const preferred = finding.fixes.find((f) => f.safe);
    // the preferred (safe) fix first, the alternatives after it
    const ordered = preferred ? [preferred, ...finding.fixes.filter((f) => f !== preferred)] : finding.fixes;
    for (const fix of ordered) {
      const edit = fixEdit(analysis, fix, abilities);
      if (!edit) continue;
      offers.push({
        action: { title: fixTitle(fix), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], ...(fix === preferred ? { isPreferred: true } : {}) },
        edit: () => edit,
        data: { ...base, type: 'fix', finding: all.indexOf(finding), fix: finding.fixes.indexOf(fix) },
      });
    }
  }
  const repeated = new Set<string>();
  for (const finding of findings) {
    if (repeated.has(finding.ruleId)) continue;
    repeated.add(finding.ruleId);
    const offer = fixAllOfRuleOffer(analysis, finding.ruleId, abilities);
    if (offer) offers.push(offer);
  }
  const seen = new Set<string>();
  for (const finding of findings) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    offers.push({
      action: { title: `Disable ${finding.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [toDiagnostic(finding, analysis.version)] },
      edit: () => disableEdit(analysis, finding, abilities),
      data: { ...base, type: 'disable', finding: all.indexOf(finding) },
    });
  }
  for (const id of seen) {
    offers.push({
      action: { title: `Show documentation for ${id}`, kind: CodeActionKind.QuickFix, command: { title: `Show documentation for ${id}`, command: Commands.showRuleDoc, arguments: [id] } },
    });
  }
  return offers;
}

function disableEdit(analysis: DocumentAnalysis, finding: Finding, abilities: ClientAbilities): WorkspaceEdit {
  return editOf(analysis, [disableForLineEdit(analysis.file, analysis.result, finding.ruleId, finding.range)], abilities);
}

/** The safe fixes of a document that can be applied together (the engine's one policy), editing only this document. */
export function fixAllEdits(analysis: DocumentAnalysis): TextEdit[] {
  return selectFixes(analysis.file.text, analysis.result.findings).flatMap((s) => s.fix.edits);
}

function fixAll(analysis: DocumentAnalysis, abilities: ClientAbilities): Offer | undefined {
  // The applier takes the first safe fix of each finding that edits only this document; any one makes the edit non-empty.
  if (!analysis.result.findings.some((f) => applicableFix(f))) return undefined;
  return {
    action: { title: 'Fix all safe Shipshape problems', kind: FIX_ALL_KIND },
    edit: () => editOf(analysis, fixAllEdits(analysis), abilities),
    data: { uri: analysis.uri, version: analysis.version, type: 'fixAll' },
  };
}

/**
 * "Pin to digest" on an image under the range that registry resolution knows,
 * unless a finding's fix already offers the same edit.
 */
function pinActions(ctx: ServerContext, analysis: DocumentAnalysis, range: LspRange, offered: readonly CodeAction[]): CodeAction[] {
  const project = ctx.projects.viewFor(analysis.file.path);
  if (!project.image) return [];
  const out: CodeAction[] = [];
  for (const pin of digestPins(analysis.file, project)) {
    if (!overlaps(pin.range, range) || offered.some((a) => a.title === pin.fix.title)) continue;
    const edit = fixEdit(analysis, pin.fix, ctx.abilities);
    if (edit) out.push({ title: pin.fix.title, kind: CodeActionKind.QuickFix, edit });
  }
  return out;
}

/**
 * Handles `textDocument/codeAction`. Clients that resolve code actions get
 * the actions without their edits (computed by {@link onCodeActionResolve}
 * when one is chosen); others get the edits at once.
 */
export async function onCodeAction(ctx: ServerContext, params: CodeActionParams): Promise<CodeAction[]> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc) return [];
  const analysed = await ctx.analysisOf(doc);
  if (!analysed) return [];
  const analysis = await withFixes(analysed);
  const only = params.context.only;
  const offers: Offer[] = [];
  if (wanted(CodeActionKind.QuickFix, only)) {
    const findings = byRelevance(analysis.result.findings.filter((f) => overlaps(f.range, params.range)), params.range.start);
    for (const o of quickFixes(analysis, findings, ctx.abilities)) offers.push(o);
    for (const a of pinActions(ctx, analysis, params.range, offers.map((o) => o.action))) offers.push({ action: a });
    const split = findings.find((f) => getRule(f.ruleId)?.meta.resolvedByHarden);
    const harden = split ? await hardenAction(ctx, analysis, params.range, split) : undefined;
    if (harden) offers.push({ action: harden });
  }
  if (wanted(CodeActionKind.RefactorRewrite, only)) {
    const harden = await hardenAction(ctx, analysis, params.range);
    if (harden) offers.push({ action: harden });
  }
  if (wanted(FIX_ALL_KIND, only)) {
    const all = fixAll(analysis, ctx.abilities);
    if (all) offers.push(all);
  }
  return offers.map((o) => {
    if (!o.edit) return o.action;
    if (ctx.abilities.resolvesEdits && o.data) return { ...o.action, data: o.data };
    return { ...o.action, edit: o.edit() };
  });
}

/**
 * Handles `codeAction/resolve`: the edit of an action sent without it, the
 * same edit the action would have carried. An action for a version of the
 * document that is gone comes back without an edit.
 */
export async function onCodeActionResolve(ctx: ServerContext, action: CodeAction): Promise<CodeAction> {
  const data = action.data as ResolveData | undefined;
  if (!data || typeof data !== 'object' || typeof data.uri !== 'string') return action;
  const doc = ctx.documents.get(data.uri);
  if (!doc || doc.version !== data.version) return action;
  const analysed = await ctx.analysisOf(doc);
  if (!analysed || analysed.version !== data.version) return action;
  const analysis = await withFixes(analysed);
  const findings = analysis.result.findings;
  let edit: WorkspaceEdit | undefined;
  switch (data.type) {
    case 'fix': {
      const fix = findings[data.finding]?.fixes[data.fix];
      if (fix && fixTitle(fix) === action.title) edit = fixEdit(analysis, fix, ctx.abilities);
      break;
    }
    case 'fixAllOfRule':
      edit = fixAllOfRuleOffer(analysis, data.ruleId, ctx.abilities)?.edit?.();
      break;
    case 'disable': {
      const finding = findings[data.finding];
      if (finding && action.title === `Disable ${finding.ruleId} for this line`) edit = disableEdit(analysis, finding, ctx.abilities);
      break;
    }
    case 'fixAll':
      edit = fixAll(analysis, ctx.abilities)?.edit?.();
      break;
  }
  const { data: _data, ...rest } = action;
  return edit ? { ...rest, edit } : action;
}
