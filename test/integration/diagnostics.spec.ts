import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { brief, closeAll, codeOf, open, only, waitForDiagnostics, waitForRule, wsUri } from './helpers.js';

/** The diagnostics of one rule, as `id L:C-L:C`. */
function of(diags: vscode.Diagnostic[], id: string): string[] {
  return brief(diags.filter((d) => codeOf(d) === id));
}

describe('diagnostics for each kind of file', () => {
  after(closeAll);

  it('Dockerfile: USER root in the final stage', async () => {
    await open('Dockerfile');
    const diags = await waitForRule(wsUri('Dockerfile'), 'no-root-user');
    const d = only(diags, 'no-root-user');
    assert.deepEqual(brief([d]), ['no-root-user 7:6-7:10']);
    assert.equal(d.message, 'The final stage runs as root (USER root); switch to an unprivileged user before CMD/ENTRYPOINT');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(d.source, 'shipshape');
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'no-root-user');
    assert.match(code.target.toString(), /no-root-user\.md$/);
    // the server's stamp: which rule and which version of the text the finding belongs to
    const doc = vscode.window.activeTextEditor?.document;
    assert.deepEqual((d as { data?: unknown }).data, { ruleId: 'no-root-user', version: doc?.version });
  });

  it('Compose: a privileged service', async () => {
    const editor = await open('docker-compose.yml');
    assert.equal(editor.document.languageId, 'dockercompose');
    const diags = await waitForRule(wsUri('docker-compose.yml'), 'compose-no-privileged');
    const d = only(diags, 'compose-no-privileged');
    assert.deepEqual(brief([d]), ['compose-no-privileged 4:17-4:21']);
    assert.equal(d.message, "Service 'web' runs privileged: every capability, every host device, no seccomp or AppArmor confinement");
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
  });

  it('Kubernetes: a privileged container on the host network', async () => {
    await open('k8s/pod.yaml');
    const diags = await waitForDiagnostics(wsUri('k8s/pod.yaml'),
      (ds) => ds.some((d) => codeOf(d) === 'k8s-no-privileged') && ds.some((d) => codeOf(d) === 'k8s-no-host-network'), 'k8s findings');
    assert.deepEqual(of(diags, 'k8s-no-privileged'), ['k8s-no-privileged 11:21-11:25']);
    assert.deepEqual(of(diags, 'k8s-no-host-network'), ['k8s-no-host-network 6:16-6:20']);
    assert.equal(only(diags, 'k8s-no-privileged').severity, vscode.DiagnosticSeverity.Error);
    assert.match(only(diags, 'k8s-no-privileged').message, /^Pod 'web', container 'web' is privileged: it gets every capability and the host's devices/);
  });

  it('GitHub workflow: an action pinned to a movable tag', async () => {
    await open('.github/workflows/ci.yml');
    const diags = await waitForRule(wsUri('.github/workflows/ci.yml'), 'gha-pin-actions-to-sha');
    const d = only(diags, 'gha-pin-actions-to-sha');
    assert.deepEqual(brief([d]), ['gha-pin-actions-to-sha 9:15-9:34']);
    assert.equal(d.message, "'actions/checkout' is referenced by 'v4', which can be moved to other code; pin it to a full commit SHA");
  });

  it('Dependabot: no docker entry for the folders that hold Dockerfiles', async () => {
    await open('.github/dependabot.yml');
    const d = only(await waitForRule(wsUri('.github/dependabot.yml'), 'dependabot-require-docker-updates'), 'dependabot-require-docker-updates');
    assert.deepEqual(brief([d]), ['dependabot-require-docker-updates 3:3-3:27']);
    assert.equal(d.message, "No 'package-ecosystem: docker' entry covers the Dockerfiles in /, /scan: their base images are never updated");
  });

  it('.dockerignore: sensitive files not excluded', async () => {
    const editor = await open('.dockerignore');
    assert.equal(editor.document.languageId, 'ignore');
    const diags = await waitForRule(wsUri('.dockerignore'), 'dockerignore-require-sensitive-patterns');
    const found = diags.filter((d) => codeOf(d) === 'dockerignore-require-sensitive-patterns');
    // one row saying everything that is missing, not four stacked at 1:1
    assert.deepEqual(brief(found), ['dockerignore-require-sensitive-patterns 1:1-1:13']);
    assert.equal(found[0].message, 'This .dockerignore does not exclude environment files (.env), private keys (*.pem, *.key, id_rsa), credential files (credentials*.json, *.p12) or the Git history (.git); add **/.env, **/.env.*, **/*.pem, **/*.key, **/id_rsa*, **/id_ed25519*, **/credentials*.json, **/*.p12, **/*.pfx, .git');
    assert.equal(found[0].severity, vscode.DiagnosticSeverity.Warning);
  });
});
