import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('holds every file its manifest references', () => {
    const ext = vscode.extensions.getExtension('shipshape.shipshape');
    assert.ok(ext);
    const refs = manifestReferences(ext.packageJSON as Manifest);
    // the manifest does reference its bundle, icon, grammar and both JSON/YAML schemas
    assert.deepEqual(refs.filter((r) => /^(dist|images|syntaxes|schemas)\//.test(r)).map((r) => r.split('/')[0]).sort(),
      ['dist', 'images', 'schemas', 'schemas', 'syntaxes']);
    assert.deepEqual(refs.filter((r) => !existsSync(join(ext.extensionPath, r))), [], `missing from ${ext.extensionPath}`);
  });

  it('validates a package.json against its bundled schema, without "Schema not found"', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const file = join(folder.uri.fsPath, 'package.json');
    writeFileSync(file, '{\n  "name": "atm",\n  "shipshape": { "rules": { "no-root-user": "loud" } }\n}\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    // the JSON language server has validated the file once it reports a value the schemas reject or a schema it could not load
    const diags = await new Promise<vscode.Diagnostic[]>((resolve, reject) => {
      const done = () => {
        const all = vscode.languages.getDiagnostics(doc.uri);
        if (!all.some((d) => /^(Value is not accepted|Problems loading reference)/.test(d.message))) return false;
        sub.dispose();
        clearTimeout(timer);
        resolve(all);
        return true;
      };
      const sub = vscode.languages.onDidChangeDiagnostics(() => done());
      const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no schema diagnostic: ${JSON.stringify(vscode.languages.getDiagnostics(doc.uri).map((d) => d.message))}`)); }, 45_000);
      done();
    });
    const rows = diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
    assert.deepEqual(rows.filter((r) => /Schema not found|package-json\.schema\.json|shipshape\.schema\.json/.test(r)), [], 'the bundled schemas loaded');
    // VS Code's own schema for package.json comes from the network, which this machine does not reach; when it loads,
    // the value our schema rejects is reported too
    const others = rows.filter((r) => !/json\.schemastore\.org/.test(r));
    assert.ok(others.length === 0 || others.join() === '3:45 Value is not accepted. Valid values: "off", "hint", "info", "warning", "error".', JSON.stringify(rows));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
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
    const fix = actions.find((a) => a.title === 'Run as UID 65532 (no user entry needed) (review: changes behaviour)');
    assert.ok(fix, `offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    const doc = await vscode.workspace.openTextDocument(uri);
    const before = doc.getText();
    await apply(fix);
    assert.equal(doc.getText(), before.replace('\nEXPOSE 80 22\n', '\nUSER 65532:65532\nEXPOSE 80 22\n'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

interface Manifest {
  main?: string;
  icon?: string;
  contributes?: {
    jsonValidation?: { url: string }[];
    yamlValidation?: { url: string }[];
    grammars?: { path: string }[];
    languages?: { configuration?: string; icon?: { light: string; dark: string } }[];
    commands?: { icon?: string | { light: string; dark: string } }[];
  };
}

/** Every file of the extension its manifest points at (relative paths, without `./`). */
function manifestReferences(m: Manifest): string[] {
  const c = m.contributes ?? {};
  const icons = (i: string | { light: string; dark: string } | undefined) => (i === undefined ? [] : typeof i === 'string' ? (i.includes('/') ? [i] : []) : [i.light, i.dark]);
  const all = [
    m.main, m.icon,
    ...(c.jsonValidation ?? []).map((v) => v.url),
    ...(c.yamlValidation ?? []).map((v) => v.url),
    ...(c.grammars ?? []).map((g) => g.path),
    ...(c.languages ?? []).flatMap((l) => [l.configuration, ...icons(l.icon)]),
    ...(c.commands ?? []).flatMap((cmd) => icons(cmd.icon)),
  ];
  return all.filter((r): r is string => !!r && !/^[a-z]+:/.test(r)).map((r) => r.replace(/^\.\//, ''));
}
