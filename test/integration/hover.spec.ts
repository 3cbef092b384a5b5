import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAll, hoverText, open, waitForRule, wsUri } from './helpers.js';

describe('hovers', () => {
  after(closeAll);

  it('shows the rule documentation on a squiggle', async () => {
    await open('Dockerfile');
    const uri = wsUri('Dockerfile');
    await waitForRule(uri, 'no-root-user');
    const text = await hoverText(uri, new vscode.Position(6, 7));
    assert.match(text, /^\*\*The final stage runs as root\*\* \(`no-root-user`\) — The last `USER` of the stage that ships decides who the container's process is\.$/m);
    assert.match(text, /^Full documentation: \[no-root-user\]\(\S+no-root-user\.md\)$/m);
    assert.ok(text.length < 1000, `a short hover (${text.length} characters)`);
  });

  it('shows what is known about the base image on FROM', async () => {
    const uri = wsUri('Dockerfile');
    const text = await hoverText(uri, new vscode.Position(1, 8));
    assert.match(text, /\*\*`python:3\.12-slim`\*\*/);
    assert.match(text, /- Pinned: tag `3\.12-slim` \(tags can move; a digest cannot\)/);
    assert.match(text, /- Default user: root/);
  });

  it('shows nothing of Shipshape where there is no finding and no image', async () => {
    const text = await hoverText(wsUri('Dockerfile'), new vscode.Position(2, 2));
    assert.doesNotMatch(text, /Full documentation|Pinned:/);
  });
});
