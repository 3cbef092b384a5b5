import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAll, codeOf, open, only, shipshape, waitForDiagnostics, waitForNoRule, waitForRule, wsUri } from './helpers.js';

const uri = () => wsUri('Dockerfile');

async function setRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('shipshape').update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

/** Waits until the no-root-user diagnostic has `severity`. */
function severityIs(severity: vscode.DiagnosticSeverity) {
  return waitForDiagnostics(uri(), (ds) => ds.some((d) => codeOf(d) === 'no-root-user' && d.severity === severity), `no-root-user at severity ${severity}`);
}

describe('settings', () => {
  before(async () => {
    await open('Dockerfile');
    await waitForRule(uri(), 'no-root-user');
  });
  after(async () => {
    await setRules(undefined);
    await vscode.workspace.getConfiguration('shipshape').update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it('shipshape.rules raises a rule to error and lowers it to hint', async () => {
    assert.equal(only(shipshape(uri()), 'no-root-user').severity, vscode.DiagnosticSeverity.Warning);
    await setRules({ 'no-root-user': 'error' });
    await severityIs(vscode.DiagnosticSeverity.Error);
    await setRules({ 'no-root-user': 'hint' });
    await severityIs(vscode.DiagnosticSeverity.Hint);
    await setRules({ 'no-root-user': 'info' });
    await severityIs(vscode.DiagnosticSeverity.Information);
  });

  it('shipshape.rules turns a rule off, and removing the setting brings it back at its default', async () => {
    await setRules({ 'no-root-user': 'off' });
    const rest = await waitForNoRule(uri(), 'no-root-user');
    assert.ok(rest.length > 0, 'other rules still report');
    await setRules(undefined);
    await severityIs(vscode.DiagnosticSeverity.Warning);
  });

  it('shipshape.enable: false clears the file, true brings the findings back', async () => {
    const config = vscode.workspace.getConfiguration('shipshape');
    await config.update('enable', false, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri(), (ds) => ds.length === 0, 'no diagnostics');
    await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForRule(uri(), 'no-root-user');
  });
});
