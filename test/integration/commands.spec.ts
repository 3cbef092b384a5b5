import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activeExtension, brief, closeAll, codeOf, documentOpened, open, shipshape, waitForDiagnostics, waitForNoRule, waitForRule, wsUri } from './helpers.js';

/** Process ids of the language servers this extension host started. */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('dist/server.js')) pids.push(Number(entry));
    } catch { /* the process ended meanwhile */ }
  }
  return pids;
}

/** Edits the Dockerfile's `USER root` to `USER 0` and waits for a live server to report the new range. */
async function proveServerAnswers(): Promise<void> {
  const editor = await open('Dockerfile');
  const line = editor.document.lineAt(6);
  assert.equal(line.text, 'USER root');
  await editor.edit((b) => b.replace(new vscode.Range(6, 5, 6, 9), '0'));
  await waitForDiagnostics(wsUri('Dockerfile'),
    (ds) => brief(ds.filter((d) => codeOf(d) === 'no-root-user')).join() === 'no-root-user 7:6-7:7', 'no-root-user on USER 0');
}

/** Every command the extension contributes; each has its cases here, in harden.spec.ts or in report.spec.ts. */
const COVERED = ['shipshape.applyHardening', 'shipshape.discardHardening', 'shipshape.hardenDockerfile', 'shipshape.restartServer', 'shipshape.scanWorkspace', 'shipshape.showRuleDoc', 'shipshape.showSecurityReport'];

describe('commands', () => {
  after(closeAll);

  it('every contributed command is registered and has a test here', async () => {
    const ext = await activeExtension();
    const contributed = ((ext.packageJSON as { contributes?: { commands?: { command: string }[] } }).contributes?.commands ?? []).map((c) => c.command).sort();
    assert.deepEqual(contributed, COVERED);
    const registered = await vscode.commands.getCommands(true);
    for (const c of contributed) assert.ok(registered.includes(c), `${c} is registered`);
  });

  it('shipshape.showRuleDoc opens the rule documentation', async () => {
    const opened = documentOpened((d) => d.uri.scheme === 'shipshape-doc' && d.uri.path === '/no-root-user.md');
    await vscode.commands.executeCommand('shipshape.showRuleDoc', 'no-root-user');
    const doc = await opened;
    assert.match(doc.getText(), /^# /);
    assert.match(doc.getText(), /\[\S+no-root-user\.md\]\(\S+no-root-user\.md\)\n$/);
    const unknown = await vscode.workspace.openTextDocument(vscode.Uri.parse('shipshape-doc:/no-such-rule.md'));
    assert.equal(unknown.getText(), '# no-such-rule\n\nNo Shipshape rule has this id.\n');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shipshape.scanWorkspace reports files that are not open, counting what Problems lists', async () => {
    await closeAll();
    const uri = wsUri('scan/Dockerfile');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'scan/Dockerfile is not open');
    assert.deepEqual(shipshape(uri), []);
    const summary = await vscode.commands.executeCommand<{ findings: number; withFindings: number; analysed: number }>('shipshape.scanWorkspace');
    const diags = await waitForRule(uri, 'no-root-user');
    assert.deepEqual(brief(diags.filter((d) => codeOf(d) === 'no-root-user')), ['no-root-user 2:6-2:10']);
    // the summary counts exactly the rows Problems lists: no hints, every scanned file once
    const listed = vscode.languages.getDiagnostics()
      .map(([, ds]) => ds.filter((d) => d.source === 'shipshape' && d.severity !== vscode.DiagnosticSeverity.Hint).length)
      .filter((n) => n > 0);
    assert.deepEqual({ findings: summary.findings, withFindings: summary.withFindings },
      { findings: listed.reduce((a, b) => a + b, 0), withFindings: listed.length });
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('a scanned file keeps its scan findings after it is opened and closed', async () => {
    const uri = wsUri('scan/Dockerfile');
    const scanned = brief(shipshape(uri));
    assert.ok(scanned.includes('no-root-user 2:6-2:10'), JSON.stringify(scanned));
    // opened the way a person opens it (an editor, not a document the extension holds on to)
    await vscode.commands.executeCommand('vscode.open', uri);
    await documentOpened((d) => d.uri.toString() === uri.toString());
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'no-root-user'), 'live diagnostics');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // the server clears its live diagnostics of the closed file; the scan's come back, once each
    const back = await waitForDiagnostics(uri, (ds) => !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())
      && brief(ds).join() === scanned.join(), 'the scan findings again, once each');
    assert.deepEqual(brief(back), scanned);
  });

  it('a scanned file changed on disk is scanned again', async () => {
    const uri = wsUri('scan/Dockerfile');
    const original = readFileSync(uri.fsPath, 'utf8');
    try {
      writeFileSync(uri.fsPath, original.replace(/^USER root$/m, 'USER 10001'));
      await waitForNoRule(uri, 'no-root-user');
    } finally {
      writeFileSync(uri.fsPath, original);
    }
    await waitForRule(uri, 'no-root-user');
  });

  it('turning shipshape.enable off clears the scan findings', async () => {
    const uri = wsUri('scan/Dockerfile');
    assert.ok(shipshape(uri).length > 0);
    const config = vscode.workspace.getConfiguration('shipshape');
    await config.update('enable', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no findings while disabled');
    } finally {
      await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('shipshape.restartServer starts a new language server that answers', async () => {
    await open('Dockerfile');
    await waitForRule(wsUri('Dockerfile'), 'no-root-user');
    const before = serverPids();
    assert.equal(before.length, 1, `one server runs: ${before}`);
    await vscode.commands.executeCommand('shipshape.restartServer');
    const after = serverPids();
    assert.equal(after.length, 1, `one server runs after the restart: ${after}`);
    assert.notEqual(after[0], before[0]);
    await proveServerAnswers();
  });

  it('the language server comes back after it is killed', async () => {
    await closeAll();
    await open('Dockerfile');
    await waitForRule(wsUri('Dockerfile'), 'no-root-user');
    const [pid] = serverPids();
    assert.ok(pid, 'a server runs');
    process.kill(pid, 'SIGKILL');
    await proveServerAnswers();
    const now = serverPids();
    assert.equal(now.length, 1);
    assert.notEqual(now[0], pid);
  });
});
