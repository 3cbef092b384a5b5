/** Which open documents a change to another file re-analyses. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { affectsOtherFiles, dependsOn } from '../../server/src/lsp/watch.js';

const f = (p: string) => `file:///repo/${p}`;

describe('file dependencies', () => {
  it('knows which files other files read', () => {
    for (const p of ['Dockerfile', 'api/Dockerfile.prod', 'web.Dockerfile', '.dockerignore', 'api/Dockerfile.dockerignore', '.env', '.env.local',
      'certs/server.key', 'id_rsa', '.npmrc', '.github/dependabot.yml', '.shipshape.yaml', '.hadolint.yml', 'package.json', 'docker-compose.yml', 'compose.prod.yaml',
      'k8s/deployment.yaml', 'k8s/rbac.yml', '.github/workflows/ci.yml']) {
      assert.ok(affectsOtherFiles(f(p)), p);
    }
    for (const p of ['app.py', 'README.md', 'main.go']) assert.ok(!affectsOtherFiles(f(p)), p);
  });

  it('re-analyses documents of other kinds, not the changed one or its siblings of the same kind', () => {
    assert.ok(dependsOn(f('docker-compose.yml'), f('api/Dockerfile')));
    assert.ok(dependsOn(f('api/Dockerfile'), f('api/.dockerignore')));
    assert.ok(dependsOn(f('api/Dockerfile'), f('.env')));
    assert.ok(dependsOn(f('docker-compose.yml'), f('.env')), 'Compose interpolation reads .env');
    assert.ok(!dependsOn(f('web/Dockerfile'), f('api/Dockerfile')));
    assert.ok(!dependsOn(f('api/Dockerfile'), f('api/Dockerfile')));
    assert.ok(!dependsOn(f('api/Dockerfile'), f('app.py')));
  });

  it('re-analyses every document when a configuration file changes', () => {
    for (const config of ['.shipshape.yaml', 'api/.hadolint.yaml', 'package.json']) {
      assert.ok(dependsOn(f('api/Dockerfile'), f(config)), config);
      assert.ok(dependsOn(f('k8s/deployment.yaml'), f(config)), config);
    }
  });

  it('re-analyses the manifests that read a changed manifest as a neighbour (RBAC, NetworkPolicy), and nothing else', () => {
    // A manifest reads the YAML of its folder's parent and below.
    assert.ok(dependsOn(f('deploy/app/deployment.yaml'), f('deploy/app/rbac.yaml')));
    assert.ok(dependsOn(f('deploy/app/deployment.yaml'), f('deploy/netpol.yaml')));
    assert.ok(dependsOn(f('deploy/app/deployment.yaml'), f('deploy/db/networkpolicy.yaml')));
    assert.ok(!dependsOn(f('deploy/app/deployment.yaml'), f('other/rbac.yaml')), 'outside the parent folder');
    assert.ok(dependsOn(f('deploy/app/deployment.yaml'), f('base/kustomization.yaml')), 'a kustomization may list resources anywhere');
    assert.ok(!dependsOn(f('Dockerfile'), f('deploy/app/rbac.yaml')), 'a Dockerfile reads no manifest');
    assert.ok(!dependsOn(f('docker-compose.yml'), f('deploy/app/rbac.yaml')), 'a Compose file reads no manifest');
    assert.ok(!dependsOn(f('.github/workflows/ci.yml'), f('deploy/app/rbac.yaml')));
  });

  it('re-analyses the other workflows when a workflow changes', () => {
    assert.ok(dependsOn(f('.github/workflows/release.yml'), f('.github/workflows/ci.yml')));
    assert.ok(!dependsOn(f('Dockerfile'), f('.github/workflows/ci.yml')));
    assert.ok(!dependsOn(f('k8s/deployment.yaml'), f('.github/workflows/ci.yml')));
  });
});
