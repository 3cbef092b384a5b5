import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const opts = { path: '/work/app/compose.yml' };

describe('compose-no-apparmor-unconfined', () => {
  const ID = 'compose-no-apparmor-unconfined';
  it('flags apparmor:unconfined, any case', () => {
    expectFindings(ID, `services:
  app:
    image: x:1
    security_opt:
      - apparmor=Unconfined # for the debugger
#       ^^^^^^^^^^^^^^^^^^^ compose-no-apparmor-unconfined "Service 'app' turns off the default AppArmor profile, which keeps it from writing to /proc and /sys or mounting file systems"
`, opts);
  });
  it('stays quiet for a named profile', () => {
    expectClean(ID, `services:
  app:
    image: x:1
    security_opt: [apparmor:docker-default, seccomp:unconfined]
`, opts);
  });

  it('removes the entry from a flow list', () => {
    assert.equal(applyFix(ID, 'services:\n  a: {image: x:1, security_opt: [apparmor:unconfined, no-new-privileges]}\n', opts), 'services:\n  a: {image: x:1, security_opt: [no-new-privileges]}\n');
  });
});
