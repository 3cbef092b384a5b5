import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const opts = { path: '/work/app/docker-compose.yml' };

describe('compose-no-host-userns', () => {
  const ID = 'compose-no-host-userns';
  it('flags userns_mode: host in flow style', () => {
    expectFindings(ID, `services:
  a: {image: x:1, userns_mode: host}
#                              ^^^^ compose-no-host-userns "Service 'a' shares the host's user namespace (userns_mode: host)"
`, opts);
    expectClean(ID, `services:
  a: {image: x:1}
`, opts);
  });

  it('removes userns_mode: host', () => {
    assert.equal(applyFix(ID, 'services:\n  a: {image: x:1, userns_mode: host, user: app}\n', opts), 'services:\n  a: {image: x:1, user: app}\n');
  });
});
