import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-privileged-port';

describe(ID, () => {
  it('flags ports below 1024 in the final stage', () => {
    expectFindings(ID, `FROM nginx:1.27
EXPOSE 80 443/tcp 8080
#      ^^ no-privileged-port "EXPOSE 80 is a privileged port (below 1024): binding it needs root or CAP_NET_BIND_SERVICE; let the application listen on an unprivileged port such as 8080 and expose that"
#         ^^^^^^^ no-privileged-port "EXPOSE 443/tcp is a privileged port (below 1024): binding it needs root or CAP_NET_BIND_SERVICE; let the application listen on an unprivileged port such as 8443 and expose that"
ARG PORT=25
EXPOSE \${PORT} 1000-1100
#      ^^^^^^^ no-privileged-port
#              ^^^^^^^^^ no-privileged-port`);
  });

  it('leaves 22 to no-expose-ssh and ignores builders, high ports and unknowns', () => {
    expectClean(ID, `FROM nginx:1.27 AS build
EXPOSE 80
FROM nginx:1.27
ARG PORT
EXPOSE 22 8080 \${PORT} 1024`);
  });
});

describe(`${ID} fix`, () => {
  it('moves the port to an unprivileged one, keeping the protocol, and says the application must listen there', () => {
    const before = 'FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp\n';
    assert.deepEqual(fixTitles(ID, before), ['Expose 8080 instead (the application must listen on 8080)']);
    assert.equal(applyFix(ID, before), 'FROM nginx:1.27\nEXPOSE 8080 443/tcp 53/udp\n');
    assert.equal(applyFix(ID, before, {}, 1), 'FROM nginx:1.27\nEXPOSE 80 8443/tcp 53/udp\n');
    assert.equal(applyFix(ID, before, {}, 2), 'FROM nginx:1.27\nEXPOSE 80 443/tcp 8053/udp\n');
  });

  it('offers no fix for variables and ranges', () => {
    assert.deepEqual(fixTitles(ID, 'FROM nginx:1.27\nARG P=80\nEXPOSE $P\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM nginx:1.27\nEXPOSE 80-81\n'), []);
  });
});
