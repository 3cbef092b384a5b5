import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean } from '../../helpers/annotated.js';
import { at, WORKSPACES, workspaceFindings } from './workspace.js';

const ID = 'copy-leaks-secret-files';
const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe(ID, () => {
  it('points at every secret file that COPY . . really sends, and nothing else', () => {
    const { findings, root } = workspaceFindings(ID, 'context-leak/Dockerfile');
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.deepEqual(f.range, at(2, 5, 6));
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'COPY . copies secret files from the build context into the image: .env, config/.npmrc, deploy/id_rsa');
    assert.deepEqual(f.related, [
      { path: `${root}/.env`, range: START, message: 'an environment file that nothing excludes' },
      { path: `${root}/config/.npmrc`, range: START, message: 'an npm credentials file that nothing excludes' },
      { path: `${root}/deploy/id_rsa`, range: START, message: 'an SSH private key that nothing excludes' },
    ]);
  });

  it('creates a .dockerignore with anchored patterns for the leaked files', () => {
    const [f] = workspaceFindings(ID, 'context-leak/Dockerfile').findings;
    assert.deepEqual(f.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits, otherFiles: x.otherFiles })), [{
      title: 'Exclude these 3 files in .dockerignore',
      safe: false,
      edits: [],
      otherFiles: [{ path: `${WORKSPACES}/context-leak/.dockerignore`, create: true, content: '/.env\n/config/.npmrc\n/deploy/id_rsa\n' }],
    }]);
  });

  it('skips what .dockerignore excludes, and counts what a ! exception re-includes', () => {
    const { findings, root } = workspaceFindings(ID, 'context-ignored/Dockerfile');
    assert.deepEqual(findings.map((f) => [f.range, f.message, f.related]), [[
      at(2, 5, 6),
      'COPY . copies secret files from the build context into the image: keep.key',
      [{ path: `${root}/keep.key`, range: START, message: 'a private key that the .dockerignore does not exclude' }],
    ]]);
    assert.deepEqual(findings[0].fixes[0].otherFiles, [{
      path: `${root}/.dockerignore`,
      edits: [{ range: at(5, 0, 0), newText: '/keep.key\n' }],
    }]);
  });

  it('uses the Compose build context and its .dockerignore', () => {
    const { findings, root } = workspaceFindings(ID, 'compose-context/docker/api.Dockerfile');
    assert.deepEqual(findings.map((f) => f.related?.map((r) => r.path)), [[`${root}/.env`]]);
    assert.deepEqual(workspaceFindings(ID, 'compose-context/api/Dockerfile').findings, []);
  });

  it('needs a real context to look at', () => {
    expectClean(ID, 'FROM alpine\nCOPY . .\n');
  });
});
