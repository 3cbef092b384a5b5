import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-expose-ssh';

describe(ID, () => {
  it('flags port 22 in the final stage, in any format', () => {
    expectFindings(ID, `FROM ubuntu:24.04
EXPOSE 8080 22
#           ^^ no-expose-ssh "EXPOSE 22 opens SSH: a container should not run an SSH server; use docker exec or kubectl exec to get a shell"
EXPOSE 22/tcp 20-25
#      ^^^^^^ no-expose-ssh
#             ^^^^^ no-expose-ssh`);
  });

  it('follows FROM <stage> and resolves variables', () => {
    expectFindings(ID, `FROM ubuntu:24.04 AS base
ENV SSH_PORT=22
EXPOSE \${SSH_PORT}
#      ^^^^^^^^^^^ no-expose-ssh
FROM base
CMD ["app"]`);
  });

  it('ignores builder stages, udp, other ports, unknown variables and Windows', () => {
    expectClean(ID, `FROM ubuntu:24.04 AS build
EXPOSE 22
FROM ubuntu:24.04
ARG P
EXPOSE 22/udp 2222 \${P}`);
    expectClean(ID, 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nEXPOSE 22');
  });
});

describe(`${ID} fix`, () => {
  it('removes port 22 from EXPOSE, or the whole EXPOSE when it is the only port', () => {
    const before = 'FROM ubuntu:24.04\nEXPOSE 22 8080\nEXPOSE 22/tcp\nCMD ["app"]\n';
    assert.deepEqual(fixTitles(ID, before), ['Remove EXPOSE 22 (the SSH server the image runs must go too)']);
    assert.equal(applyFix(ID, before), 'FROM ubuntu:24.04\nEXPOSE 8080\nEXPOSE 22/tcp\nCMD ["app"]\n');
    assert.equal(applyFix(ID, before, {}, 1), 'FROM ubuntu:24.04\nEXPOSE 22 8080\nCMD ["app"]\n');
    assert.equal(applyFix(ID, 'FROM ubuntu:24.04\nEXPOSE 8080 22\n'), 'FROM ubuntu:24.04\nEXPOSE 8080\n');
  });

  it('offers no fix for a range that contains 22', () => {
    assert.deepEqual(fixTitles(ID, 'FROM ubuntu:24.04\nEXPOSE 20-25\n'), []);
  });
});
