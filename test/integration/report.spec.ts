import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAll, open } from './helpers.js';

interface Shown { content: string; score: number | null; subjects: number; findings: number }

/** The tab of the report's webview panel. */
function reportTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('shipshape.securityReport'));
}

/** Resolves with the report tab's label once it passes `test` (on the tab events, not a timer); fails with what it saw. */
function tabLabel(test: (label: string | undefined) => boolean, what: string): Promise<string> {
  const now = reportTab()?.label;
  if (test(now)) return Promise.resolve(now!);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`waiting for ${what}: the report tab is '${reportTab()?.label}'`));
    }, 45_000);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      const label = reportTab()?.label;
      if (!test(label)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(label!);
    });
  });
}

describe('security report', () => {
  let original: string | undefined;
  after(async () => {
    if (original !== undefined) {
      const editor = await open('Dockerfile');
      await editor.edit((b) => b.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), original!));
      await editor.document.save();
    }
    await closeAll();
  });

  it('shipshape.showSecurityReport shows the report in a webview, the score in its title', async () => {
    const shown = await vscode.commands.executeCommand<Shown | undefined>('shipshape.showSecurityReport');
    assert.ok(shown, 'the command returns what it shows');
    assert.ok(shown.score !== null);
    const title = `Security Report (${shown.score}/100)`;
    await tabLabel((l) => l === title, title);
    assert.ok(reportTab()?.isActive, 'the report is the active tab');
    assert.match(shown.content, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-[A-Za-z0-9]{32}&#39;; script-src &#39;nonce-[A-Za-z0-9]{32}&#39;;/);
    assert.doesNotMatch(shown.content, /\bsrc="|<link /, 'no remote or local resources are loaded');
    assert.match(shown.content, /<section class="subject" id="subject-1" data-subject="image:Dockerfile">/);
    assert.match(shown.content, /<tr data-item="non-root" data-status="fail">/);
    assert.match(shown.content, /var\(--vscode-editor-foreground, #1f2328\)/, 'colours follow the theme');
  });

  it('refreshes when a file is saved', async () => {
    const before = await vscode.commands.executeCommand<Shown | undefined>('shipshape.showSecurityReport');
    assert.ok(before && before.score !== null);
    const editor = await open('Dockerfile');
    original = editor.document.getText();
    const line = editor.document.lineAt(6);
    assert.equal(line.text, 'USER root');
    await editor.edit((b) => b.replace(line.range, 'USER 10001'));
    await editor.document.save();
    // The save alone refreshes the report: one checklist item (non-root) turns from fail to pass, so the title's score goes up.
    const label = await tabLabel((l) => l !== undefined && l !== `Security Report (${before.score}/100)`, 'a new score in the title');
    const score = Number(/\((\d+)\/100\)$/.exec(label)?.[1]);
    assert.ok(score > before.score, `score ${before.score} → ${label}`);
    const shown = await vscode.commands.executeCommand<Shown | undefined>('shipshape.showSecurityReport');
    assert.equal(shown?.score, score);
    assert.match(shown.content, /<tr data-item="non-root" data-status="pass">/);
  });
});
