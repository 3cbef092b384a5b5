/**
 * "Shipshape: Harden this Dockerfile": asks the server for a plan, shows it as
 * a diff beside the current file with an explanation of each change, and
 * applies it as one undoable edit only when the person accepts.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, HardenRequest, type HardenResult } from '../../server/src/protocol.js';

/** URI scheme of the virtual documents holding proposed Dockerfiles and explanations. */
export const HARDEN_SCHEME = 'shipshape-harden';

type Plan = Extract<HardenResult, { ok: true }>;

/** Plans waiting for review, by the Dockerfile's URI. */
const pending = new Map<string, Plan>();

function proposedUri(uri: vscode.Uri, what: 'proposed' | 'explanation'): vscode.Uri {
  return vscode.Uri.from({ scheme: HARDEN_SCHEME, path: `${uri.path}${what === 'explanation' ? '.hardening.md' : ''}`, query: `${what}=${encodeURIComponent(uri.toString())}` });
}

/** Serves the proposed text and the explanation of pending plans. */
export function hardenContentProvider(): vscode.TextDocumentContentProvider {
  return {
    provideTextDocumentContent(uri) {
      const [what, source] = uri.query.split('=');
      const plan = pending.get(decodeURIComponent(source ?? ''));
      if (!plan) return '';
      return what === 'explanation' ? explanation(plan) : plan.newText;
    },
  };
}

/** The plan's explanation as Markdown: one section per change, then the files it creates. */
export function explanation(plan: Plan): string {
  const lines = ['# Shipshape: hardening plan', '', `${plan.summary} Nothing is written until you choose **Apply**.`, ''];
  for (const c of plan.caveats) lines.push(`- **${c.check ? 'Check' : 'Note'}:** ${c.text}`);
  if (plan.caveats.length) lines.push('');
  plan.changes.forEach((c, i) => lines.push(`${i + 1}. **${c.title}**  `, `   ${c.detail}`, ''));
  for (const f of plan.createFiles) lines.push(`New file \`${vscode.Uri.parse(f.uri).path.split('/').pop()}\`:`, '', '```', f.content.trimEnd(), '```', '');
  return lines.join('\n');
}

/** `shipshape.hardenDockerfile [uri]`: computes the plan and opens the diff for review. */
export function hardenDockerfile(getClient: () => LanguageClient | undefined) {
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
    if (!result.ok) {
      void vscode.window.showErrorMessage(`Shipshape could not harden this file. ${result.reason}`);
      return undefined;
    }
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText();
    if (result.newText === current && !result.createFiles.length) {
      void vscode.window.showInformationMessage('Shipshape: this Dockerfile is already hardened; nothing to change.');
      return undefined;
    }
    pending.set(uri.toString(), result);
    const name = uri.path.split('/').pop();
    await vscode.commands.executeCommand('vscode.diff', uri, proposedUri(uri, 'proposed'), `${name} ↔ hardened (review)`, { preview: true });
    void vscode.window
      .showInformationMessage(`Shipshape: ${result.summary} Review the diff.`, 'Apply', 'Explain', 'Discard')
      .then(async (choice) => {
        if (choice === 'Apply') await vscode.commands.executeCommand(Commands.applyHardening, uri);
        else if (choice === 'Explain') await vscode.commands.executeCommand('markdown.showPreviewToSide', proposedUri(uri, 'explanation'));
        else if (choice === 'Discard') pending.delete(uri.toString());
      });
    return result;
  };
}

/**
 * `shipshape.applyHardening [uri]`: applies the reviewed plan as one edit
 * (undo restores the file) and creates the proposed files. Refuses when the
 * file changed since the plan was made.
 */
export function applyHardening() {
  return async (arg?: unknown): Promise<boolean> => {
    const key = arg instanceof vscode.Uri ? arg.toString() : typeof arg === 'string' ? arg : [...pending.keys()].at(-1);
    const plan = key ? pending.get(key) : undefined;
    if (!plan) {
      void vscode.window.showWarningMessage('Shipshape: there is no hardening plan to apply. Run "Shipshape: Harden this Dockerfile" first.');
      return false;
    }
    const uri = vscode.Uri.parse(plan.uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    if (plan.version !== null && doc.version !== plan.version) {
      pending.delete(plan.uri);
      void vscode.window.showWarningMessage('Shipshape: the Dockerfile changed after the plan was made; run "Harden this Dockerfile" again.');
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), plan.newText);
    for (const f of plan.createFiles) {
      const target = vscode.Uri.parse(f.uri);
      edit.createFile(target, { ignoreIfExists: true, contents: new TextEncoder().encode(f.content) });
    }
    const ok = await vscode.workspace.applyEdit(edit);
    if (ok) {
      pending.delete(plan.uri);
      for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
        if (tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.scheme === HARDEN_SCHEME && tab.input.original.toString() === plan.uri) {
          await vscode.window.tabGroups.close(tab);
        }
      }
    }
    return ok;
  };
}
