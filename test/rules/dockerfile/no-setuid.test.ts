import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-setuid';

describe(ID, () => {
  before(() => initEngine());

  it('flags setuid and setgid modes', () => {
    expectFindings(ID, `FROM debian:12
RUN chmod 4755 /usr/local/bin/tool
#         ^^^^ no-setuid "chmod 4755 sets the setuid/setgid bit on /usr/local/bin/tool: it then runs with its owner's privileges for any user, so one bug in it is a privilege escalation"
RUN chmod u+s /usr/bin/ping && chmod g+s /srv && chmod +s /bin/x && chmod 2750 /y && chmod 6755 /z
#         ^^^ no-setuid
#                                    ^^^ no-setuid
#                                                      ^^ no-setuid
#                                                                         ^^^^ no-setuid
#                                                                                          ^^^^ no-setuid`);
  });

  it('judges only what ships', () => {
    expectClean(ID, `FROM debian:12 AS build
RUN chmod u+s /tool
FROM gcr.io/distroless/static-debian12
COPY --from=build /tool /tool`);
  });

  it('stays quiet on ordinary and sticky modes, removals and strings', () => {
    expectClean(ID, `FROM debian:12
RUN chmod 0755 /a && chmod 1777 /tmp && chmod u-s /usr/bin/passwd && chmod a+rwxt /b && echo "chmod 4755 x"`);
  });

  it('fix clears the setuid and setgid bits', () => {
    const before = 'FROM debian:12\nRUN chmod 4755 /usr/local/bin/tool\n';
    assert.deepEqual(fixTitles(ID, before), ['Use mode 755 (no setuid/setgid)']);
    assert.equal(applyFix(ID, before), 'FROM debian:12\nRUN chmod 755 /usr/local/bin/tool\n');
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN chmod 6750 /x\n'), 'FROM debian:12\nRUN chmod 750 /x\n');
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN chmod u+s /x\n'), []);
  });
});
