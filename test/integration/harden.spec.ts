import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAll, codeOf, open, waitForDiagnostics, waitForRule, wsUri } from './helpers.js';

interface Plan { ok: true; uri: string; version: number | null; newText: string; changes: { title: string; detail: string }[]; createFiles: unknown[]; amendFiles: { uri: string; append: string }[] }

describe('hardening', () => {
  after(async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    await closeAll();
  });

  it('shipshape.hardenDockerfile shows the plan as a diff and changes nothing', async () => {
    const editor = await open('Dockerfile');
    const uri = wsUri('Dockerfile');
    await waitForRule(uri, 'no-root-user');
    const before = editor.document.getText();
    const plan = await vscode.commands.executeCommand<Plan | undefined>('shipshape.hardenDockerfile', uri);
    assert.ok(plan, 'a plan is returned');
    assert.ok(plan.changes.length > 0, 'the plan explains its changes');
    assert.notEqual(plan.newText, before);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputTextDiff, 'a diff is open for review');
    assert.equal(tab.input.original.toString(), uri.toString());
    assert.equal(tab.input.modified.scheme, 'shipshape-harden');
    const proposed = await vscode.workspace.openTextDocument(tab.input.modified);
    assert.equal(proposed.getText(), plan.newText);
    assert.equal(editor.document.getText(), before, 'nothing is applied before the person accepts');
    assert.equal(editor.document.isDirty, false);
  });

  it('shipshape.applyHardening applies the reviewed plan as one edit and its findings go', async () => {
    const uri = wsUri('Dockerfile');
    const doc = await vscode.workspace.openTextDocument(uri);
    const before = doc.getText();
    const plan = await vscode.commands.executeCommand<Plan | undefined>('shipshape.hardenDockerfile', uri);
    assert.ok(plan);
    assert.equal(await vscode.commands.executeCommand('shipshape.applyHardening', uri), true);
    assert.equal(doc.getText(), plan.newText);
    const diags = await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'no-root-user'), 'no-root-user to go');
    assert.ok(!diags.some((d) => codeOf(d) === 'python-env'), 'the runtime environment is set');
    assert.ok(!vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputTextDiff), 'the review diff is closed');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo restores the file');
  });

  /** The explanation document of a Dockerfile's plan, as the title-bar buttons and "Explain" open it. */
  function explanationUri(uri: vscode.Uri): vscode.Uri {
    return vscode.Uri.from({ scheme: 'shipshape-harden', path: `${uri.path}.hardening.md`, query: `explanation=${encodeURIComponent(uri.toString())}` });
  }

  /** Resolves once the document's text satisfies `ready` (virtual documents update after their provider says so). */
  async function textOf(doc: vscode.TextDocument, ready: (t: string) => boolean): Promise<string> {
    if (ready(doc.getText())) return doc.getText();
    return new Promise((resolve, reject) => {
      const sub = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== doc || !ready(doc.getText())) return;
        sub.dispose();
        clearTimeout(timer);
        resolve(doc.getText());
      });
      const timer = setTimeout(() => { sub.dispose(); reject(new Error(`the explanation still says: ${doc.getText().split('\n')[2]}`)); }, 30_000);
    });
  }

  const reviewDiffs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.scheme === 'shipshape-harden');

  it('Discard (as the title bar sends it, with the explanation\'s URI) closes the diff; the explanation says nothing was written', async () => {
    await closeAll();
    const uri = wsUri('Dockerfile');
    const doc = await vscode.workspace.openTextDocument(uri);
    const before = doc.getText();
    const plan = await vscode.commands.executeCommand<Plan | undefined>('shipshape.hardenDockerfile', uri);
    assert.ok(plan);
    assert.equal(reviewDiffs().length, 1);
    const explained = await vscode.workspace.openTextDocument(explanationUri(uri));
    assert.match(explained.getText().split('\n')[2], /^\d+ changes to Dockerfile and lines added to \.dockerignore \(runtime [^)]+\)\..* Nothing is written until you choose \*\*Apply\*\*/);
    assert.equal(await vscode.commands.executeCommand('shipshape.discardHardening', explanationUri(uri)), true);
    assert.deepEqual(reviewDiffs(), [], 'the review diff is closed');
    assert.match((await textOf(explained, (t) => t.includes('Discarded')))?.split('\n')[2], /^\d+ changes to Dockerfile and lines added to \.dockerignore \(runtime [^)]+\)\..* \*\*Discarded\.\*\* Nothing was written\.$/);
    assert.equal(doc.getText(), before);
    assert.equal(await vscode.commands.executeCommand('shipshape.applyHardening', uri), false, 'a discarded plan cannot be applied');
    assert.equal(doc.getText(), before);
  });

  it('Apply from the review diff\'s title bar (the proposed document\'s URI) applies it; the explanation says so', async () => {
    const uri = wsUri('Dockerfile');
    const doc = await vscode.workspace.openTextDocument(uri);
    const before = doc.getText();
    const plan = await vscode.commands.executeCommand<Plan | undefined>('shipshape.hardenDockerfile', uri);
    assert.ok(plan);
    const tab = reviewDiffs()[0];
    assert.ok(tab?.input instanceof vscode.TabInputTextDiff);
    const explained = await vscode.workspace.openTextDocument(explanationUri(uri));
    assert.equal(await vscode.commands.executeCommand('shipshape.applyHardening', tab.input.modified), true);
    assert.equal(doc.getText(), plan.newText);
    assert.deepEqual(reviewDiffs(), []);
    assert.match((await textOf(explained, (t) => t.includes('Applied')))?.split('\n')[2], /^\d+ changes to Dockerfile and lines added to \.dockerignore \(runtime [^)]+\)\..* \*\*Applied\.\*\* The Dockerfile was rewritten as one edit \(Undo restores it\) and lines were added to `\.dockerignore`\. Save the files to keep it\.$/);
    const ignore = await vscode.workspace.openTextDocument(wsUri('.dockerignore'));
    assert.ok(ignore.isDirty, 'the added lines wait to be saved');
    assert.ok(ignore.getText().endsWith(plan.amendFiles[0].append), 'the plan\'s lines are at the end of .dockerignore');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);
    // The other suites read .dockerignore as it is on disk.
    await vscode.window.showTextDocument(ignore);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(ignore.isDirty, false);
  });
});
