import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { brief, closeAll, codeActions, apply, open, only, waitForNoRule, waitForRule, wsUri } from './helpers.js';

describe('activation', () => {
  after(closeAll);

  it('activates on a Dockerfile, its diagnostics reach getDiagnostics, and its quick fix changes the document', async () => {
    const editor = await open('Dockerfile');
    assert.equal(editor.document.languageId, 'dockerfile');
    const uri = wsUri('Dockerfile');
    const diags = await waitForRule(uri, 'no-root-user');
    assert.ok(vscode.extensions.getExtension('shipshape.shipshape')?.isActive, 'the extension is active');
    const d = only(diags, 'no-root-user');
    assert.deepEqual(brief([d]), ['no-root-user 7:6-7:10']);
    assert.ok(vscode.languages.getDiagnostics(uri).includes(d) || vscode.languages.getDiagnostics(uri).some((x) => x.message === d.message));
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Run as UID 65532 (no user entry needed) (review: changes behaviour)');
    assert.ok(fix, `offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    const before = editor.document.getText();
    await apply(fix);
    assert.notEqual(editor.document.getText(), before);
    await waitForNoRule(uri, 'no-root-user');
  });
});
