import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'expose-host-port';

describe(ID, () => {
  it('flags host ports and addresses', () => {
    expectFindings(ID, `FROM postgres:17
EXPOSE 8080:80
#      ^^^^^^^ expose-host-port "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80': publishing is decided by 'docker run -p' or Compose 'ports:'"
EXPOSE 127.0.0.1:5432:5432/tcp 9000
#      ^^^^^^^^^^^^^^^^^^^^^^^ expose-host-port`);
  });

  it('accepts container ports', () => {
    expectClean(ID, 'FROM postgres:17\nEXPOSE 5432 80/tcp 9000-9010 ${PORT}');
  });

  it('keeps only the container port (safe)', () => {
    assert.equal(applyFix(ID, 'FROM postgres:17\nEXPOSE 127.0.0.1:5432:5432/tcp 9000\n'), 'FROM postgres:17\nEXPOSE 5432/tcp 9000\n');
    assert.equal(applyFix(ID, 'FROM postgres:17\nEXPOSE 8080:80\n'), 'FROM postgres:17\nEXPOSE 80\n');
    assert.deepEqual(fixTitles(ID, 'FROM postgres:17\nEXPOSE 80:$PORT'), []);
  });
});
