import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { brief, closeAll, codeOf, open, shipshape, waitForRule, wsUri } from './helpers.js';

describe('activation', () => {
  after(closeAll);

  it('activates on a Dockerfile and publishes its diagnostics', async () => {
    const editor = await open('Dockerfile');
    assert.equal(editor.document.languageId, 'dockerfile');
    const diags = await waitForRule(wsUri('Dockerfile'), 'no-root-user');
    const ext = vscode.extensions.getExtension('shipshape.shipshape');
    assert.ok(ext?.isActive, 'the extension is active');
    const d = diags.find((x) => codeOf(x) === 'no-root-user');
    assert.deepEqual(brief([d!]), ['no-root-user 7:6-7:10']);
    assert.deepEqual(shipshape(wsUri('Dockerfile')).length > 0, true);
  });
});
