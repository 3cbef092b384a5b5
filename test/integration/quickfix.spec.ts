import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { apply, closeAll, codeActions, codeOf, documentOpened, open, only, waitForDiagnostics, waitForNoRule, waitForRule, wsUri } from './helpers.js';

/** Runs the quick fix titled `title` on the only `id` diagnostic of `rel` and returns the text before and after. */
async function fix(rel: string, id: string, title: string): Promise<{ before: string; after: string; titles: string[] }> {
  const editor = await open(rel);
  const uri = wsUri(rel);
  const d = only(await waitForRule(uri, id), id);
  const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
  const titles = actions.map((a) => a.title);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `"${title}" is offered: ${JSON.stringify(titles)}`);
  assert.equal(action.kind?.value, 'quickfix');
  const before = editor.document.getText();
  await apply(action);
  return { before, after: editor.document.getText(), titles };
}

describe('quick fixes', () => {
  afterEach(closeAll);

  it('Dockerfile: offers the fixes of a finding and applying one edits exactly the line it is about', async () => {
    const r = await fix('Dockerfile', 'no-root-user', 'Run as UID 65532 (no user entry needed) (review: changes behaviour)');
    assert.deepEqual(r.titles.filter((t) => /no-root-user|unprivileged|UID/.test(t)), [
      'Create an unprivileged user and run as it (review: changes behaviour)',
      'Run as UID 65532 (no user entry needed) (review: changes behaviour)',
      'Disable no-root-user for this line',
      'Show documentation for no-root-user',
    ]);
    assert.equal(r.after, r.before.replace('USER root\nCMD', 'USER root\nUSER 65532:65532\nCMD'));
    await waitForNoRule(wsUri('Dockerfile'), 'no-root-user');
  });

  it('Dockerfile: "Disable … for this line" writes a suppression comment that silences the finding', async () => {
    const r = await fix('Dockerfile', 'no-root-user', 'Disable no-root-user for this line');
    assert.equal(r.after, r.before.replace('USER root\n', '# shipshape-ignore no-root-user\nUSER root\n'));
    await waitForNoRule(wsUri('Dockerfile'), 'no-root-user');
  });

  it('Compose: sets privileged to false and keeps the rest of the file', async () => {
    const r = await fix('docker-compose.yml', 'compose-no-privileged', 'Set privileged: false (review: changes behaviour)');
    assert.equal(r.after, r.before.replace('privileged: true', 'privileged: false'));
    await waitForNoRule(wsUri('docker-compose.yml'), 'compose-no-privileged');
  });

  it('Compose: inserts a security_opt block with the indentation of the file', async () => {
    const r = await fix('docker-compose.yml', 'compose-no-new-privileges', 'Set no-new-privileges:true (review: changes behaviour)');
    assert.equal(r.after, r.before.replace('      - "8080:80"\n', '      - "8080:80"\n    security_opt:\n      - "no-new-privileges:true"\n'));
    await waitForNoRule(wsUri('docker-compose.yml'), 'compose-no-new-privileges');
  });

  it('GitHub workflow: pins an action to its commit and keeps the tag as a comment', async () => {
    const r = await fix('.github/workflows/ci.yml', 'gha-pin-actions-to-sha', 'Pin actions/checkout to v4.2.2 (commit 11bd719) (review: changes behaviour)');
    assert.equal(r.after, r.before.replace('- uses: actions/checkout@v4\n', '- uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n'));
    await waitForNoRule(wsUri('.github/workflows/ci.yml'), 'gha-pin-actions-to-sha');
  });

  it('Dependabot: appends a docker entry that covers every Dockerfile folder', async () => {
    const r = await fix('.github/dependabot.yml', 'dependabot-require-docker-updates', 'Add a weekly docker update entry for these folders');
    assert.equal(r.after, `${r.before}  - package-ecosystem: docker\n    directories:\n      - "/"\n      - "/scan"\n    schedule:\n      interval: weekly\n`);
    await waitForNoRule(wsUri('.github/dependabot.yml'), 'dependabot-require-docker-updates');
  });

  it('"Show documentation for …" opens the rule doc', async () => {
    await open('Dockerfile');
    const uri = wsUri('Dockerfile');
    const d = only(await waitForRule(uri, 'no-root-user'), 'no-root-user');
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const show = actions.find((a) => a.title === 'Show documentation for no-root-user');
    assert.ok(show?.command, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(show.edit, undefined);
    const opened = documentOpened((doc) => doc.uri.scheme === 'shipshape-doc' && doc.uri.path === '/no-root-user.md');
    await apply(show);
    assert.match((await opened).getText(), /^# /);
  });

  it('Kubernetes: turns off hostNetwork', async () => {
    const r = await fix('k8s/pod.yaml', 'k8s-no-host-network', 'Set hostNetwork: false (review: changes behaviour)');
    assert.equal(r.after, r.before.replace('hostNetwork: true', 'hostNetwork: false'));
    await waitForNoRule(wsUri('k8s/pod.yaml'), 'k8s-no-host-network');
  });

  it('.dockerignore: one fix appends every missing pattern', async () => {
    const editor = await open('.dockerignore');
    const uri = wsUri('.dockerignore');
    const diags = await waitForRule(uri, 'dockerignore-require-sensitive-patterns');
    const finding = only(diags, 'dockerignore-require-sensitive-patterns');
    const actions = await codeActions(uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const action = actions.find((a) => a.title === 'Add the 10 missing patterns (**/.env, **/.env.*, **/*.pem, …)');
    assert.ok(action, JSON.stringify(actions.map((a) => a.title)));
    await apply(action);
    assert.equal(editor.document.getText(), 'node_modules\n**/.env\n**/.env.*\n**/*.pem\n**/*.key\n**/id_rsa*\n**/id_ed25519*\n**/credentials*.json\n**/*.p12\n**/*.pfx\n.git\n');
    await waitForNoRule(uri, 'dockerignore-require-sensitive-patterns');
  });

  it('fix all: applies every safe fix of the document as one edit', async () => {
    const editor = await open('Dockerfile');
    const uri = wsUri('Dockerfile');
    await waitForRule(uri, 'python-env');
    const actions = await codeActions(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.shipshape');
    assert.deepEqual(actions.map((a) => [a.title, a.kind?.value]), [['Fix all safe Shipshape problems', 'source.fixAll.shipshape']]);
    const before = editor.document.getText();
    await apply(actions[0]);
    assert.equal(editor.document.getText(), before.replace('WORKDIR /app\n', 'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\nWORKDIR /app\n'));
    const after = await waitForNoRule(uri, 'python-env');
    assert.ok(after.some((d) => codeOf(d) === 'no-root-user'), 'unsafe fixes are left for a person to choose');
  });
});
