/** The extension's commands: one function per command, taking what it needs. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RuleDocRequest, ScanWorkspaceRequest } from '../../server/src/protocol.js';
import { isListed, type ScanResults } from './scan.js';
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

/** What a scan found, counted as the Problems view counts: hints are not listed there, so they are not counted. */
export interface ScanSummary {
  findings: number;
  withFindings: number;
  analysed: number;
  cancelled: boolean;
}

/**
 * `shipshape.scanWorkspace`: hands every relevant file of the workspace to the
 * server in batches; `results` keeps what was found and shows it for the
 * files that are not open. Resolves with the summary it shows and logs.
 */
export function scanWorkspace(getClient: () => LanguageClient | undefined, results: ScanResults, log: vscode.LogOutputChannel) {
  return async (): Promise<ScanSummary | undefined> => {
    const client = getClient();
    if (!client?.isRunning()) {
      void vscode.window.showWarningMessage('Shipshape: the language server is not running.');
      return undefined;
    }
    const started = Date.now();
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Shipshape: scanning workspace', cancellable: true },
      async (progress, token): Promise<ScanSummary> => {
        const uris = await vscode.workspace.findFiles(SCAN_INCLUDE, SCAN_EXCLUDE, SCAN_LIMIT, token);
        results.clear();
        let findings = 0;
        let withFindings = 0;
        let analysed = 0;
        for (let i = 0; i < uris.length && !token.isCancellationRequested; i += SCAN_BATCH) {
          const batch = uris.slice(i, i + SCAN_BATCH);
          for (const file of await results.scan(client, batch, token)) {
            if (file.analysed) analysed++;
            const shown = file.diagnostics.filter(isListed).length;
            if (!shown) continue;
            findings += shown;
            withFindings++;
          }
          progress.report({ increment: (100 * batch.length) / uris.length, message: `${Math.min(i + SCAN_BATCH, uris.length)} of ${uris.length} files` });
        }
        return { findings, withFindings, analysed, cancelled: token.isCancellationRequested };
      },
    );
    const text = `${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.withFindings} of ${summary.analysed} container file${summary.analysed === 1 ? '' : 's'}${summary.cancelled ? ' (scan cancelled)' : ''}`;
    log.info(`Scan Workspace: ${text} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
    void vscode.window.showInformationMessage(`Shipshape: ${text}.`, ...(summary.findings ? ['Open Problems'] : [])).then(async (choice) => {
      if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    return summary;
  };
}
