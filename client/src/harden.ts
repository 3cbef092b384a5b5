/**
 * "Shipshape: Harden this Dockerfile": asks the server for a plan, shows it as
 * a diff beside the current file with an explanation of each change, and
 * applies it as one undoable edit only when the person accepts. Apply and
 * Discard stay on the review diff's and the explanation's title bar (and in
 * the notification) for as long as the plan is under review.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, HardenRequest, type HardenResult } from '../../server/src/protocol.js';

/** URI scheme of the virtual documents holding proposed Dockerfiles and explanations. */
export const HARDEN_SCHEME = 'shipshape-harden';

/** Context key: true while a plan waits for Apply or Discard (the title-bar buttons show only then). */
export const REVIEW_CONTEXT = 'shipshape.hardenReviewPending';

type Plan = Extract<HardenResult, { ok: true }>;

/** What became of a plan. */
type State = 'review' | 'applied' | 'discarded' | 'outdated';

interface Review {
  plan: Plan;
  state: State;
}

/** Plans by the Dockerfile's URI: the ones under review, and the last outcome of the others (for their explanation). */
const reviews = new Map<string, Review>();
const changed = new vscode.EventEmitter<vscode.Uri>();

function proposedUri(uri: vscode.Uri, what: 'proposed' | 'explanation'): vscode.Uri {
  return vscode.Uri.from({ scheme: HARDEN_SCHEME, path: `${uri.path}${what === 'explanation' ? '.hardening.md' : ''}`, query: `${what}=${encodeURIComponent(uri.toString())}` });
}

/** The Dockerfile a command argument means: its URI, or the review diff's or explanation's document. */
function sourceOf(arg: unknown): string | undefined {
  const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : undefined;
  if (uri?.scheme === HARDEN_SCHEME) return decodeURIComponent(uri.query.split('=')[1] ?? '');
  if (uri) return uri.toString();
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === HARDEN_SCHEME) return sourceOf(active);
  const pending = [...reviews.entries()].filter(([, r]) => r.state === 'review');
  return pending.at(-1)?.[0];
}

function setState(key: string, state: State): void {
  const review = reviews.get(key);
  if (!review) return;
  review.state = state;
  void vscode.commands.executeCommand('setContext', REVIEW_CONTEXT, [...reviews.values()].some((r) => r.state === 'review'));
  changed.fire(proposedUri(vscode.Uri.parse(key), 'explanation'));
}

/** Serves the proposed text and the explanation of plans; the explanation follows the plan's state. */
export function hardenContentProvider(): vscode.TextDocumentContentProvider {
  return {
    onDidChange: changed.event,
    provideTextDocumentContent(uri) {
      const [what, source] = uri.query.split('=');
      const review = reviews.get(decodeURIComponent(source ?? ''));
      if (!review) return '';
      return what === 'explanation' ? explanation(review.plan, review.state) : review.plan.newText;
    },
  };
}

const STATUS: Record<State, (plan: Plan) => string> = {
  review: () => 'Nothing is written until you choose **Apply** (✓ in this editor\'s or the diff\'s title bar). **Discard** drops the plan.',
  applied: (plan) => {
    const amended = (plan.amendFiles ?? []).map((f) => `\`${vscode.Uri.parse(f.uri).path.split('/').pop()}\``);
    const also = [plan.createFiles.length ? 'the new files were created' : '', amended.length ? `lines were added to ${amended.join(', ')}` : ''].filter(Boolean);
    return `**Applied.** The Dockerfile was rewritten as one edit (Undo restores it)${also.length ? ` and ${also.join(' and ')}` : ''}. Save ${amended.length ? 'the files' : 'the file'} to keep it.`;
  },
  discarded: () => '**Discarded.** Nothing was written.',
  outdated: () => '**Not applied:** the Dockerfile changed after the plan was made. Run "Harden this Dockerfile" again.',
};

/** The plan's explanation as Markdown: its summary, what happened to it, the caveats, one section per change, then the files it creates. */
export function explanation(plan: Plan, state: State = 'review'): string {
  const lines = ['# Shipshape: hardening plan', '', `${plan.summary} ${STATUS[state](plan)}`, ''];
  for (const c of plan.caveats) lines.push(`- **${c.check ? 'Check' : 'Note'}:** ${c.text}`);
  if (plan.caveats.length) lines.push('');
  plan.changes.forEach((c, i) => lines.push(`${i + 1}. **${c.title}**  `, `   ${c.detail}`, ''));
  for (const f of plan.createFiles) lines.push(`New file \`${vscode.Uri.parse(f.uri).path.split('/').pop()}\`:`, '', '```', f.content.trimEnd(), '```', '');
  for (const f of plan.amendFiles ?? []) lines.push(`Lines added at the end of \`${vscode.Uri.parse(f.uri).path.split('/').pop()}\` (its own lines stay as they are):`, '', '```diff', ...f.append.replace(/^\r?\n/, '').trimEnd().split(/\r?\n/).map((l) => `+${l}`), '```', '');
  return lines.join('\n');
}

async function closeTabs(key: string, which: 'diff' | 'all'): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) =>
    (tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.scheme === HARDEN_SCHEME && tab.input.original.toString() === key)
    || (which === 'all' && tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === HARDEN_SCHEME && sourceOf(tab.input.uri) === key));
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}

/** Opens the explanation beside the diff, as a document whose title bar holds Apply and Discard. */
async function showExplanation(key: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(proposedUri(vscode.Uri.parse(key), 'explanation'));
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
}

/** `shipshape.hardenDockerfile [uri]`: computes the plan and opens the diff for review. */
export function hardenDockerfile(getClient: () => LanguageClient | undefined, log: vscode.LogOutputChannel) {
  return async (arg?: unknown): Promise<Plan | undefined> => {
    const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : vscode.window.activeTextEditor?.document.uri;
    const client = getClient();
    if (!uri) {
      void vscode.window.showWarningMessage('Shipshape: open a Dockerfile to harden it.');
      return undefined;
    }
    if (!client?.isRunning()) {
      void vscode.window.showWarningMessage('Shipshape: the language server is not running.');
      return undefined;
    }
    const runtime = vscode.workspace.getConfiguration('shipshape', uri).get<string>('harden.runtime');
    const result = await client.sendRequest(HardenRequest, { uri: uri.toString(), runtime });
    const name = uri.path.split('/').pop();
    if (!result.ok) {
      log.info(`Harden this Dockerfile: ${uri.fsPath}: no plan. ${result.reason}`);
      void vscode.window.showErrorMessage(`Shipshape could not harden this file. ${result.reason}`);
      return undefined;
    }
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText();
    if (result.newText === current && !result.createFiles.length && !result.amendFiles?.length) {
      log.info(`Harden this Dockerfile: ${uri.fsPath}: already hardened, nothing to change.`);
      void vscode.window.showInformationMessage('Shipshape: this Dockerfile is already hardened; nothing to change.');
      return undefined;
    }
    const key = uri.toString();
    reviews.set(key, { plan: result, state: 'review' });
    setState(key, 'review');
    const n = result.changes.length;
    log.info(`Harden this Dockerfile: ${uri.fsPath}: ${n} change${n === 1 ? '' : 's'} proposed (runtime ${result.runtime})${result.createFiles.length ? ` and ${result.createFiles.length} new file${result.createFiles.length === 1 ? '' : 's'}` : ''}, shown for review.`);
    await vscode.commands.executeCommand('vscode.diff', uri, proposedUri(uri, 'proposed'), `${name} ↔ hardened (review)`, { preview: true });
    void vscode.window
      .showInformationMessage(`Shipshape: ${result.summary} Review the diff.`, 'Apply', 'Explain', 'Discard')
      .then(async (choice) => {
        if (choice === 'Apply') await vscode.commands.executeCommand(Commands.applyHardening, uri);
        else if (choice === 'Explain') await showExplanation(key);
        else if (choice === 'Discard') await vscode.commands.executeCommand(Commands.discardHardening, uri);
      });
    return result;
  };
}

/**
 * `shipshape.applyHardening [uri]`: applies the reviewed plan as one edit
 * (undo restores the file) and creates the proposed files. Refuses when the
 * file changed since the plan was made.
 */
export function applyHardening(log: vscode.LogOutputChannel) {
  return async (arg?: unknown): Promise<boolean> => {
    const key = sourceOf(arg);
    const review = key ? reviews.get(key) : undefined;
    if (!key || !review || review.state !== 'review') {
      void vscode.window.showWarningMessage('Shipshape: there is no hardening plan to apply. Run "Shipshape: Harden this Dockerfile" first.');
      return false;
    }
    const { plan } = review;
    const uri = vscode.Uri.parse(plan.uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    if (plan.version !== null && doc.version !== plan.version) {
      setState(key, 'outdated');
      log.info(`Harden this Dockerfile: ${uri.fsPath}: not applied, the file changed after the plan was made.`);
      void vscode.window.showWarningMessage('Shipshape: the Dockerfile changed after the plan was made; run "Harden this Dockerfile" again.');
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), plan.newText);
    for (const f of plan.createFiles) {
      const target = vscode.Uri.parse(f.uri);
      edit.createFile(target, { ignoreIfExists: true, contents: new TextEncoder().encode(f.content) });
    }
    for (const f of plan.amendFiles ?? []) {
      // Appended only to the file the plan was made against.
      const target = await vscode.workspace.openTextDocument(vscode.Uri.parse(f.uri));
      if (target.getText() !== f.original) {
        log.info(`Harden this Dockerfile: ${vscode.Uri.parse(f.uri).fsPath} changed after the plan was made; it was left as it is.`);
        continue;
      }
      const end = target.positionAt(target.getText().length);
      edit.insert(target.uri, end, f.append);
    }
    const ok = await vscode.workspace.applyEdit(edit);
    if (ok) {
      setState(key, 'applied');
      log.info(`Harden this Dockerfile: ${uri.fsPath}: applied ${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'}${plan.createFiles.length ? `, created ${plan.createFiles.map((f) => vscode.Uri.parse(f.uri).fsPath).join(', ')}` : ''}.`);
      await closeTabs(key, 'diff');
    }
    return ok;
  };
}

/** `shipshape.discardHardening [uri]`: drops the plan under review and closes its diff. */
export function discardHardening(log: vscode.LogOutputChannel) {
  return async (arg?: unknown): Promise<boolean> => {
    const key = sourceOf(arg);
    const review = key ? reviews.get(key) : undefined;
    if (!key || !review || review.state !== 'review') return false;
    setState(key, 'discarded');
    log.info(`Harden this Dockerfile: ${vscode.Uri.parse(key).fsPath}: plan discarded, nothing written.`);
    await closeTabs(key, 'diff');
    return true;
  };
}
