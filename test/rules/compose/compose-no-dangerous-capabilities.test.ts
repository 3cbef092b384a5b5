import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

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
});
