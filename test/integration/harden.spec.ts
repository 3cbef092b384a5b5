import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAll, codeOf, open, waitForDiagnostics, waitForRule, wsUri } from './helpers.js';

interface Plan { ok: true; uri: string; version: number | null; newText: string; changes: { title: string; detail: string }[]; createFiles: unknown[] }

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
});
