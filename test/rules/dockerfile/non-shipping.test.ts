import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { findingsOf } from '../../helpers/annotated.js';

/** Runtime rules that stay quiet on an image that never ships. */
const QUIET = ['no-build-tools-in-final-stage', 'python-env', 'apt-clean-lists', 'pip-no-cache-dir', 'prefer-minimal-runtime'];

const TEXT = `FROM python:3.13-slim
RUN apt-get update && apt-get install -y --no-install-recommends gcc make
RUN pip install -r requirements.txt
CMD ["python", "gen.py"]
`;

const fired = (path: string): string[] => QUIET.filter((id) => findingsOf(id, TEXT, { path }).length > 0);

describe('Dockerfiles that never ship', () => {
  before(() => initEngine());

  it('judges an ordinary service image with every runtime rule', () => {
    assert.deepEqual(fired('/repo/services/api/Dockerfile'), QUIET);
  });

  it('stays quiet on dev and CI tool images named so by file or folder', () => {
    for (const path of ['/repo/Dockerfile.dev', '/repo/Dockerfile.debug', '/repo/hack/dockerfiles/lint.Dockerfile', '/repo/docs/docs.Dockerfile', '/repo/test/container/Dockerfile', '/repo/tools/codegen.Dockerfile']) {
      assert.deepEqual(fired(path), [], path);
    }
  });

  it('reads the name of the final stage too', () => {
    assert.deepEqual(QUIET.filter((id) => findingsOf(id, TEXT.replace('FROM python:3.13-slim', 'FROM python:3.13-slim AS dev-envs'), { path: '/repo/app/Dockerfile' }).length > 0), []);
    assert.deepEqual(QUIET.filter((id) => findingsOf(id, TEXT.replace('FROM python:3.13-slim', 'FROM python:3.13-slim AS runtime'), { path: '/repo/app/Dockerfile' }).length > 0), QUIET);
  });

  it('does not read words inside longer names as tool words', () => {
    assert.deepEqual(fired('/repo/latest/Dockerfile'), QUIET);
    assert.deepEqual(fired('/repo/contest/Dockerfile.production'), QUIET);
    assert.deepEqual(fired('/home/me/tests/work/shop/api/Dockerfile'), QUIET);
  });
});

describe('Dockerfiles that never ship: risks that stay, lowered with the reason', () => {
  it('lowers world-writable modes and copied keys in a test image, saying why', () => {
    const path = '/repo/test/remote/Dockerfile';
    const [ww] = findingsOf('no-world-writable', 'FROM debian:12\nRUN mkdir /data && chmod 777 /data\n', { path });
    assert.equal(ww.severity, 'hint');
    assert.match(ww.message, /\(a lesser risk: it sits under test\/, where images for development and CI live\)$/);
    const [key] = findingsOf('no-copy-secret-files', 'FROM debian:12\nCOPY certs/server.key /etc/ssl/\n', { path });
    assert.equal(key.severity, 'info');
    assert.match(key.message, /make sure it is a test fixture, not a real key\)$/);
    assert.equal(findingsOf('no-copy-secret-files', 'FROM debian:12\nCOPY certs/server.key /etc/ssl/\n', { path: '/repo/app/Dockerfile' })[0].severity, 'error');
  });
});
