import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectFindings } from '../../helpers/annotated.js';

const opts = { path: '/work/app/docker-compose.yml' };

describe('compose-no-host-ipc', () => {
  const ID = 'compose-no-host-ipc';
  it('flags ipc: host and leaves shareable alone', () => {
    expectFindings(ID, `services:
  a:
    image: x:1
    ipc: host
#        ^^^^ compose-no-host-ipc "Service 'a' shares the host's IPC namespace (ipc: host)"
  b:
    image: x:1
    ipc: shareable
  c:
    image: x:1
    ipc: "service:b"
`, opts);
  });

  it('removes ipc: host', () => {
    assert.equal(applyFix(ID, 'services:\n  a:\n    ipc: host\n    image: x:1\n', opts), 'services:\n  a:\n    image: x:1\n');
  });
});
