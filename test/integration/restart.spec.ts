import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAll, open, waitForRule, wsUri } from './helpers.js';

/** The language servers this extension host started (its child processes running the server bundle). */
function serverPids(): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(process.pid), '-f', 'server\\.js'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function newServerAfter(old: number): Promise<number> {
  for (let i = 0; i < 300; i++) {
    const pids = serverPids().filter((p) => p !== old);
    if (pids.length) return pids[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no language server came back after ${old} was killed`);
}

describe('a language server that crashes', () => {
  after(closeAll);

  it('is restarted, and the editor keeps getting diagnostics (twice in a row)', async () => {
    const editor = await open('Dockerfile');
    const uri = wsUri('Dockerfile');
    await waitForRule(uri, 'no-root-user');
    for (let round = 0; round < 2; round++) {
      const [pid] = serverPids();
      assert.ok(pid, 'a language server runs');
      process.kill(pid, 'SIGKILL');
      const next = await newServerAfter(pid);
      assert.notEqual(next, pid);
      // An edit after the restart gets diagnostics for its own version from the new server.
      await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount, 0), `# after restart ${round}\n`));
      await waitForRule(uri, 'no-root-user');
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
