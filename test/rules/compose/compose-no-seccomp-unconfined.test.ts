import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
});
