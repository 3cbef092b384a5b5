import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'expose-proto-casing';

describe(ID, () => {
  it('flags protocols not in lower case', () => {
    expectFindings(ID, `FROM nginx:1.27
EXPOSE 80/TCP 53/Udp 443/tcp
#      ^^^^^^ expose-proto-casing "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase"
#             ^^^^^^ expose-proto-casing "Defined protocol '53/Udp' in EXPOSE instruction should be lowercase"
ONBUILD EXPOSE 8080/SCTP
#              ^^^^^^^^^ expose-proto-casing`);
  });

  it('accepts lower-case protocols and bare ports', () => {
    expectClean(ID, 'FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp 9000-9010/tcp $PORT');
  });

  it('lower-cases the protocol (safe)', () => {
    assert.equal(applyFix(ID, 'FROM nginx:1.27\nEXPOSE 80/TCP 443\n'), 'FROM nginx:1.27\nEXPOSE 80/tcp 443\n');
  });
});
