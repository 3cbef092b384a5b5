import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const opts = { path: '/work/app/docker-compose.yml' };

describe('compose-no-host-pid', () => {
  const ID = 'compose-no-host-pid';
  it('flags pid: host, also through a merge key', () => {
    expectFindings(ID, `x-debug: &debug
  pid: host
#      ^^^^ compose-no-host-pid "Service 'app' shares the host's process namespace (pid: host)"
services:
  app:
    <<: *debug
    image: app:1
  other:
    image: x:1
    pid: "service:app"
`, opts);
  });

  it('stays quiet for private and shared-with-service namespaces', () => {
    expectClean(ID, `services:
  a: {image: x:1, pid: "service:b"}
  b: {image: x:1, pid: private}
  c: {image: x:1, pid: container:abc}
`, opts);
  });

  it('removes pid: host, block or flow', () => {
    assert.deepEqual(fixTitles(ID, 'services:\n  a:\n    image: x:1\n    pid: host # debug\n', opts), ['Remove pid: host']);
    assert.equal(applyFix(ID, 'services:\n  a:\n    image: x:1\n    pid: host # debug\n    restart: always\n', opts), 'services:\n  a:\n    image: x:1\n    restart: always\n');
    assert.equal(applyFix(ID, 'services:\n  a: {image: x:1, pid: host}\n', opts), 'services:\n  a: {image: x:1}\n');
  });
});
