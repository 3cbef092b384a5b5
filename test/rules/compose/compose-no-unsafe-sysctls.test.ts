import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-unsafe-sysctls';
const opts = { path: '/work/app/compose.yaml' };

describe(ID, () => {
  it('flags forwarding, route_localnet and rp_filter=0 in map and list form', () => {
    expectFindings(ID, `services:
  gw:
    image: x:1
    sysctls:
      net.ipv4.ip_forward: 1
#     ^^^^^^^^^^^^^^^^^^^ compose-no-unsafe-sysctls "Service 'gw' sets net.ipv4.ip_forward=1: the container routes packets between networks"
      net.core.somaxconn: 1024
  app:
    image: x:1
    sysctls:
      - net.ipv4.conf.all.route_localnet=1
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-unsafe-sysctls "Service 'app' sets net.ipv4.conf.all.route_localnet=1: traffic from outside can reach services bound to 127.0.0.1"
      - net.ipv4.conf.default.rp_filter = 0
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-unsafe-sysctls
      - net.ipv6.conf.all.forwarding=1
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-unsafe-sysctls
`, opts);
  });
  it('stays quiet for safe values and settings', () => {
    expectClean(ID, `services:
  vpn:
    image: x:1
    sysctls:
      - net.ipv4.conf.all.src_valid_mark=1
      - net.ipv4.ip_forward=0
      - net.ipv4.conf.all.rp_filter=1
      - net.ipv4.ip_forward=\${FORWARD}
  b:
    image: x:1
    sysctls: {kernel.shmmax: 68719476736}
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes the sysctl, map and list form", () => {
    const before = 'services:\n  app:\n    image: x:1\n    sysctls:\n      net.core.somaxconn: 1024\n      net.ipv4.ip_forward: 1\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove the sysctl net.ipv4.ip_forward"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  app:\n    image: x:1\n    sysctls:\n      net.core.somaxconn: 1024\n');
    assert.equal(applyFix(ID, 'services:\n  app:\n    image: x:1\n    sysctls:\n      - net.ipv4.ip_forward=1\n    restart: always\n', opts), 'services:\n  app:\n    image: x:1\n    restart: always\n');
  });
});
