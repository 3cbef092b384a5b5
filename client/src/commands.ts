/** The extension's commands: one function per command, taking what it needs. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RuleDocRequest, ScanWorkspaceRequest } from '../../server/src/protocol.js';
import { SCAN_EXCLUDE, SCAN_INCLUDE } from './selector.js';

/** URI scheme of the virtual documents that hold rule docs. */
export const DOC_SCHEME = 'shipshape-doc';

/** How many files one `shipshape/scanWorkspace` request carries. */
const SCAN_BATCH = 25;
/** At most this many files are scanned. */
const SCAN_LIMIT = 20000;

/** Serves `shipshape-doc:/<id>.md` documents from the server's rule docs. */
export function ruleDocProvider(getClient: () => LanguageClient | undefined): vscode.TextDocumentContentProvider {
  return {
    async provideTextDocumentContent(uri) {
      const ruleId = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const doc = await getClient()?.sendRequest(RuleDocRequest, { ruleId });
      return doc ? `${doc.markdown.trimEnd()}\n\n[${doc.url}](${doc.url})\n` : `# ${ruleId}\n\nNo Shipshape rule has this id.\n`;
    },
  };
}

/** The rule id of the Shipshape diagnostic under the cursor, if any. */
function ruleAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const pos = editor.selection.active;
  const diag = vscode.languages
    .getDiagnostics(editor.document.uri)
    .find((d) => d.source === 'shipshape' && d.range.contains(pos));
  const code = diag?.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** `shipshape.showRuleDoc [ruleId]`: opens the rule's doc as a Markdown preview. */
export function showRuleDoc() {
  return async (ruleId?: unknown) => {
    const id = typeof ruleId === 'string' ? ruleId : ruleAtCursor()
      ?? await vscode.window.showInputBox({ prompt: 'Shipshape rule id', placeHolder: 'no-root-user' });
    if (!id) return;
    const uri = vscode.Uri.from({ scheme: DOC_SCHEME, path: `/${id}.md` });
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    }
  };
}

/** `shipshape.restartServer`. */
export function restartServer(getClient: () => LanguageClient | undefined, start: () => Promise<void>) {
  return async () => {
    const client = getClient();
    if (client?.isRunning()) await client.restart();
    else await start();
  };
}

/**
 * `shipshape.scanWorkspace`: hands every relevant file of the workspace to the
 * server in batches and shows the findings of files that are not open in
 * `collection` (open files have the server's live diagnostics).
 */
export function scanWorkspace(getClient: () => LanguageClient | undefined, collection: vscode.DiagnosticCollection) {
  return async () => {
    const client = getClient();
    if (!client?.isRunning()) {
      void vscode.window.showWarningMessage('Shipshape: the language server is not running.');
      return;
    }
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Shipshape: scanning workspace', cancellable: true },
      async (progress, token) => {
        const uris = await vscode.workspace.findFiles(SCAN_INCLUDE, SCAN_EXCLUDE, SCAN_LIMIT, token);
        collection.clear();
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        let findings = 0;
        let withFindings = 0;
        let analysed = 0;
        for (let i = 0; i < uris.length && !token.isCancellationRequested; i += SCAN_BATCH) {
          const batch = uris.slice(i, i + SCAN_BATCH);
          const result = await client.sendRequest(ScanWorkspaceRequest, { uris: batch.map((u) => u.toString()) }, token);
          for (const file of result?.files ?? []) {
            if (file.kind) analysed++;
            if (!file.diagnostics.length) continue;
            findings += file.diagnostics.length;
            withFindings++;
            if (!open.has(file.uri)) collection.set(vscode.Uri.parse(file.uri), await client.protocol2CodeConverter.asDiagnostics(file.diagnostics));
          }
          progress.report({ increment: (100 * batch.length) / uris.length, message: `${Math.min(i + SCAN_BATCH, uris.length)} of ${uris.length} files` });
        }
        return { findings, withFindings, analysed, cancelled: token.isCancellationRequested };
      },
    );
    const text = `Shipshape: ${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.withFindings} of ${summary.analysed} container file${summary.analysed === 1 ? '' : 's'}${summary.cancelled ? ' (scan cancelled)' : ''}.`;
    const choice = await vscode.window.showInformationMessage(text, ...(summary.findings ? ['Open Problems'] : []));
    if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
  };
}
