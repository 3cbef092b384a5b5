/**
 * Status-bar item: the number of Shipshape findings in the active editor, as
 * the Problems view counts them (hints are not listed there), opening
 * Problems. The ✓ shows only for a file Shipshape analysed and found clean:
 * not for other YAML files, and not while `shipshape.enable` is off.
 */
import * as vscode from 'vscode';
import { DiagnosticSeverity as LspSeverity, type DocumentFilter, type LanguageClient } from 'vscode-languageclient/node';
import { ScanWorkspaceRequest } from '../../server/src/protocol.js';
import { isListed } from './scan.js';

export function createStatusItem(selector: DocumentFilter[], getClient: () => LanguageClient | undefined): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('shipshape.findings', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Shipshape findings';
  item.command = 'workbench.actions.view.problems';
  /** Bumped on every update, so an older, slower answer never overwrites a newer one. */
  let generation = 0;
  const update = async () => {
    const mine = ++generation;
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !vscode.languages.match(selector as vscode.DocumentSelector, doc)
      || vscode.workspace.getConfiguration('shipshape', doc.uri).get<boolean>('enable') === false) {
      item.hide();
      return;
    }
    const showCount = (count: number) => {
      item.text = `$(shield) ${count}`;
      item.tooltip = `Shipshape: ${count} finding${count === 1 ? '' : 's'} in this file`;
      item.show();
    };
    const count = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'shipshape' && isListed(d)).length;
    if (count) {
      showCount(count);
      return;
    }
    // Nothing published (yet): a ✓ only when the server analysed the file (it answers with the kind of file it saw) and found nothing listed.
    const client = getClient();
    let analysed = false;
    let found = 0;
    try {
      const scanned = client?.isRunning() ? (await client.sendRequest(ScanWorkspaceRequest, { uris: [doc.uri.toString()] })).files[0] : undefined;
      analysed = !!scanned?.kind;
      // The diagnostics of a file just opened may not be published yet: the answer's own count stands in for them.
      found = scanned?.diagnostics.filter((d) => d.severity !== LspSeverity.Hint).length ?? 0;
    } catch {
      analysed = false;
    }
    if (mine !== generation) return;
    if (!analysed) {
      item.hide();
      return;
    }
    if (found) {
      showCount(found);
      return;
    }
    item.text = '$(shield) $(check)';
    item.tooltip = 'Shipshape: no findings in this file';
    item.show();
  };
  void update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('shipshape.enable')) void update(); }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) void update();
    }),
  );
}
