/** Which open documents a change to another file re-analyses. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { affectsOtherFiles, dependsOn } from '../../server/src/lsp/watch.js';

const f = (p: string) => `file:///repo/${p}`;

describe('file dependencies', () => {
  it('knows which files other files read', () => {
    for (const p of ['Dockerfile', 'api/Dockerfile.prod', 'web.Dockerfile', '.dockerignore', 'api/Dockerfile.dockerignore', '.env', '.env.local',
      'certs/server.key', 'id_rsa', '.npmrc', '.github/dependabot.yml', '.shipshape.yaml', '.hadolint.yml', 'package.json', 'docker-compose.yml', 'compose.prod.yaml']) {
      assert.ok(affectsOtherFiles(f(p)), p);
    }
    for (const p of ['k8s/deployment.yaml', 'app.py', 'README.md', '.github/workflows/ci.yml']) assert.ok(!affectsOtherFiles(f(p)), p);
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
});
