import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, workspaceFindings } from './workspace.js';

const ID = 'copy-ignored-source';

describe(ID, () => {
  it('flags sources the .dockerignore excludes and points at the pattern', () => {
    const { findings, root } = workspaceFindings(ID, 'context-ignored/Dockerfile');
    assert.deepEqual(findings.map((f) => [f.range, f.message, f.related]), [
      [at(3, 5, 20), "COPY source 'config/app.json' is excluded by .dockerignore; the build fails or copies nothing",
        [{ path: `${root}/.dockerignore`, range: at(2, 0, 7), message: "'config/' excludes config/app.json" }]],
      [at(4, 6, 15), "COPY source 'config/' is excluded by .dockerignore; the build fails or copies nothing",
        [{ path: `${root}/.dockerignore`, range: at(2, 0, 7), message: "'config/' excludes config" }]],
    ]);
  });

  it('uses BuildKit\'s <Dockerfile>.dockerignore beside the Dockerfile', () => {
    const { findings, root } = workspaceFindings(ID, 'buildkit-ignore/app.Dockerfile');
    assert.deepEqual(findings.map((f) => [f.range, f.message, f.related?.[0].path]), [
      [at(2, 5, 15), "COPY source 'secret.txt' is excluded by app.Dockerfile.dockerignore; the build fails or copies nothing", `${root}/app.Dockerfile.dockerignore`],
    ]);
  });

  it('stays quiet without a .dockerignore', () => {
    assert.deepEqual(workspaceFindings(ID, 'fresh-node/Dockerfile').findings, []);
  });
});
