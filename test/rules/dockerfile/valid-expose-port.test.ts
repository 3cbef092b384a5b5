import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'valid-expose-port';

describe(ID, () => {
  it('flags ports above 65535 and inverted ranges in any stage', () => {
    expectFindings(ID, `FROM alpine:3.23 AS a
EXPOSE 80808
#      ^^^^^ valid-expose-port "EXPOSE 80808: ports range from 0 to 65535"
FROM alpine:3.23
EXPOSE 9000-8000/udp 65536
#      ^^^^^^^^^^^^^ valid-expose-port "EXPOSE 9000-8000/udp: the range ends before it starts"
#                    ^^^^^ valid-expose-port`);
  });

  it('accepts valid ports and unknown variables', () => {
    expectClean(ID, 'FROM alpine:3.23\nARG P\nEXPOSE 0 65535 8000-8010/tcp $P');
  });

  it('judges an EXPOSE in a fragment without FROM', () => {
    expectFindings(ID, `EXPOSE 80000
#      ^^^^^ valid-expose-port "EXPOSE 80000: ports range from 0 to 65535"`);
    expectClean(ID, 'EXPOSE 40000-60000 ${PORT}');
  });

  it('judges ONBUILD EXPOSE', () => {
    expectFindings(ID, `FROM alpine:3.23
ONBUILD EXPOSE 8080 80000
#                   ^^^^^ valid-expose-port "EXPOSE 80000: ports range from 0 to 65535"`);
    expectClean(ID, 'FROM alpine:3.23\nENV PORT=8080\nONBUILD EXPOSE $PORT 65535');
  });
});

describe(`${ID} fix`, () => {
  it('writes an inverted range the right way round and removes a port out of range', () => {
    const before = 'FROM alpine:3.23\nEXPOSE 9000-8000/udp 65536\nEXPOSE 80808\n';
    assert.deepEqual(fixTitles(ID, before), ['Write the range as 8000-9000']);
    assert.equal(applyFix(ID, before), 'FROM alpine:3.23\nEXPOSE 8000-9000/udp 65536\nEXPOSE 80808\n');
    assert.deepEqual(fixTitles(ID, before, {}, 1), ['Remove 65536 from EXPOSE']);
    assert.equal(applyFix(ID, before, {}, 1), 'FROM alpine:3.23\nEXPOSE 9000-8000/udp\nEXPOSE 80808\n');
    assert.equal(applyFix(ID, before, {}, 2), 'FROM alpine:3.23\nEXPOSE 9000-8000/udp 65536\n');
  });
});
