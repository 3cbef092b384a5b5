import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const opts = { path: '/work/app/compose.yml' };

describe('compose-no-seccomp-unconfined', () => {
  const ID = 'compose-no-seccomp-unconfined';
  it('flags seccomp:unconfined and seccomp=unconfined', () => {
    expectFindings(ID, `services:
  app:
    image: x:1
    security_opt:
      - no-new-privileges:true
      - seccomp:unconfined
#       ^^^^^^^^^^^^^^^^^^ compose-no-seccomp-unconfined "Service 'app' turns off the default seccomp filter, which blocks about 50 system calls used in kernel exploits"
  dbg:
    image: x:1
    security_opt: ["seccomp=unconfined"]
#                  ^^^^^^^^^^^^^^^^^^^^ compose-no-seccomp-unconfined
`, opts);
  });
  it('stays quiet for a custom profile and for AppArmor', () => {
    expectClean(ID, `services:
  app:
    image: x:1
    security_opt:
      - seccomp:./profile.json
      - apparmor:unconfined
`, opts);
  });

  it('removes the entry, or the whole security_opt when it is the only one', () => {
    assert.deepEqual(fixTitles(ID, 'services:\n  a:\n    image: x:1\n    security_opt: [seccomp:unconfined]\n', opts), ["Remove seccomp:unconfined (back to Docker's default profile)"]);
    assert.equal(applyFix(ID, `services:
  app:
    image: x:1
    security_opt:
      - no-new-privileges:true
      - seccomp:unconfined # for strace
    restart: always
`, opts), `services:
  app:
    image: x:1
    security_opt:
      - no-new-privileges:true
    restart: always
`);
    assert.equal(applyFix(ID, 'services:\n  a:\n    image: x:1\n    security_opt: ["seccomp=unconfined"]\n    user: app\n', opts), 'services:\n  a:\n    image: x:1\n    user: app\n');
  });
});
