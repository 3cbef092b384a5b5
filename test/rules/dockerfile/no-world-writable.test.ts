import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-world-writable';

describe(ID, () => {
  before(() => initEngine());

  it('flags numeric and symbolic modes that let others write', () => {
    expectFindings(ID, `FROM debian:12
RUN chmod -R 777 /app
#            ^^^ no-world-writable "chmod 777 makes /app writable by every user in the container: any process, including a compromised one, can change what the application runs or reads. Give ownership to the user that needs to write instead"
RUN chmod 0666 /etc/app.conf && chmod a+rwX /data && chmod u+x,o+w /srv/run.sh
#         ^^^^ no-world-writable
#                                     ^^^^^ no-world-writable
#                                                          ^^^^^^^ no-world-writable
RUN chmod -R 777 /
#            ^^^ no-world-writable`);
  });

  it('judges the final stage and the stages it is built on, not builders', () => {
    expectFindings(ID, `FROM debian:12 AS base
RUN chmod 777 /app
#         ^^^ no-world-writable
FROM golang:1.23 AS build
RUN chmod 777 /src
FROM base
COPY --from=build /out /app/out`);
  });

  it('stays quiet on sticky directories, safe modes, strings and comments', () => {
    expectClean(ID, `FROM debian:12
RUN chmod 1777 /tmp/cache && chmod a+rwxt /var/tmp/x && chmod 755 /app && chmod +w /app/data
RUN chmod g+w /srv && echo "chmod 777 /" # chmod 777 /app
RUN chmod "$MODE" /app
RUN tempDir="$(mktemp -d)" && chmod 777 "$tempDir" && make -C "$tempDir" && rm -rf "$tempDir"`);
  });

  it('fix clears write for others first, then for the group', () => {
    const before = 'FROM debian:12\nRUN chmod -R 0777 /app\n';
    assert.deepEqual(fixTitles(ID, before), ['Use mode 0775 (no write for others)', 'Use mode 0755']);
    assert.equal(applyFix(ID, before), 'FROM debian:12\nRUN chmod -R 0775 /app\n');
    assert.equal(applyFix(ID, before, {}, 0, 1), 'FROM debian:12\nRUN chmod -R 0755 /app\n');
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN chmod 666 /f\n', {}, 0, 1), 'FROM debian:12\nRUN chmod 644 /f\n');
  });

  it('offers no fix for symbolic modes', () => {
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN chmod o+w /app\n'), []);
  });
});
