/** Status-bar item: the number of Shipshape findings in the active editor; opens the Problems view. */
import * as vscode from 'vscode';
import type { DocumentFilter } from 'vscode-languageclient/node';

export function createStatusItem(selector: DocumentFilter[]): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('shipshape.findings', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Shipshape findings';
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !vscode.languages.match(selector as vscode.DocumentSelector, doc)) {
      item.hide();
      return;
    }
    const count = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'shipshape').length;
    item.text = count ? `$(shield) ${count}` : '$(shield) $(check)';
    item.tooltip = count ? `Shipshape: ${count} finding${count === 1 ? '' : 's'} in this file` : 'Shipshape: no findings in this file';
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) update();
    }),
  );
}
