import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-dangerous-capabilities';
const opts = { path: '/work/app/compose.yaml' };

describe(ID, () => {
  it('flags each dangerous capability, with CAP_ prefix or lower case', () => {
    const fixture = `services:
  vpn:
    image: example/vpn:1
    cap_add:
      - NET_ADMIN
#       ^^^^^^^^^ compose-no-dangerous-capabilities "Service 'vpn' adds NET_ADMIN: reconfigure interfaces, routes and firewall rules of its network namespace (the host's with network_mode: host)"
      - NET_BIND_SERVICE
      - CAP_SYS_ADMIN
#       ^^^^^^^^^^^^^ compose-no-dangerous-capabilities "Service 'vpn' adds SYS_ADMIN: mount, namespaces and dozens of admin operations: the usual container-escape capability"
  dbg: {image: x:1, cap_add: [sys_ptrace]}
#                             ^^^^^^^^^^ compose-no-dangerous-capabilities
`;
    expectFindings(ID, fixture, opts);
    assert.deepEqual(findingsOf(ID, fixture.split('\n').filter((l) => !l.startsWith('#')).join('\n'), opts).map((f) => f.severity), ['warning', 'error', 'warning']);
  });

  it('stays quiet for harmless capabilities and cap_drop', () => {
    expectClean(ID, `services:
  web:
    image: x:1
    cap_drop: [ALL, SYS_ADMIN]
    cap_add: [NET_BIND_SERVICE, CHOWN, SETUID, SETGID]
`, opts);
  });

  it('removes the capability, or cap_add when it is the only one', () => {
    assert.deepEqual(fixTitles(ID, 'services:\n  a:\n    image: x:1\n    cap_add: [SYS_ADMIN]\n    user: app\n', opts), ['Remove SYS_ADMIN from cap_add']);
    assert.equal(applyFix(ID, 'services:\n  a:\n    image: x:1\n    cap_add: [SYS_ADMIN]\n    user: app\n', opts), 'services:\n  a:\n    image: x:1\n    user: app\n');
    assert.equal(applyFix(ID, `services:
  vpn:
    image: x:1
    cap_add:
      - NET_BIND_SERVICE
      - SYS_MODULE # wireguard module
`, opts), `services:
  vpn:
    image: x:1
    cap_add:
      - NET_BIND_SERVICE
`);
  });
});
