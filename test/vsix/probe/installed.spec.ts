import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { apply, brief, codeActions, hoverText, only, waitForRule, wsUri } from '../../integration/helpers.js';

describe('the installed .vsix', () => {
  it('is the packaged extension, not the development folder', () => {
    const ext = vscode.extensions.getExtension('shipshape.shipshape');
    assert.ok(ext, 'shipshape.shipshape is installed');
    const dir = process.env.SHIPSHAPE_VSIX_EXTENSIONS_DIR;
    assert.ok(dir, 'the test says where the .vsix was installed');
    assert.ok(ext.extensionPath.startsWith(`${dir}/shipshape.shipshape-`), `installed from the .vsix: ${ext.extensionPath}`);
    assert.equal(ext.packageJSON.version, process.env.SHIPSHAPE_VSIX_VERSION);
  });

  it('activates on a Dockerfile and reports diagnostics', async () => {
    const doc = await vscode.workspace.openTextDocument(wsUri('Dockerfile'));
    await vscode.window.showTextDocument(doc);
    const diags = await waitForRule(doc.uri, 'no-latest-tag');
    assert.ok(vscode.extensions.getExtension('shipshape.shipshape')?.isActive, 'the extension is active');
    const latest = only(diags, 'no-latest-tag');
    assert.deepEqual(brief([latest]), ['no-latest-tag 2:6-2:19']);
    assert.equal(latest.message, "'python:latest' uses the 'latest' tag, which moves with every release; pin a version tag");
    assert.equal(latest.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('serves hovers and quick fixes from the bundled server', async () => {
    const uri = wsUri('Dockerfile');
    const diags = await waitForRule(uri, 'require-user');
    const hover = await hoverText(uri, new vscode.Position(1, 1));
    assert.match(hover, /\(`require-user`\)/);
    const target = only(diags, 'require-user');
    const actions = await codeActions(uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Run as UID 65532 (no user entry needed)');
    assert.ok(fix, `offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    const doc = await vscode.workspace.openTextDocument(uri);
    const before = doc.getText();
    await apply(fix);
    assert.equal(doc.getText(), before.replace('\nEXPOSE 80 22\n', '\nUSER 65532:65532\nEXPOSE 80 22\n'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
