import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-bind-ports-to-host-interface';
const opts = { path: '/work/app/compose.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags ports published without a host address', () => {
    expectFindings(ID, `services:
  web:
    image: nginx:1.27
    ports:
    - "8080:80"
#     ^^^^^^^^^ compose-bind-ports-to-host-interface "Service 'web' publishes port 80 on every interface of the host; name the interface (127.0.0.1: for local use)"
    - "0.0.0.0:8443:443"
#     ^^^^^^^^^^^^^^^^^^ compose-bind-ports-to-host-interface
    - "127.0.0.1:9090:9090"
`, opts);
  });

  it('stays quiet for bound ports and exposed-only ports', () => {
    expectClean(ID, 'services:\n  web:\n    image: x:1\n    ports: ["127.0.0.1:8080:80", {target: 80, published: 8081, host_ip: 10.0.0.5}]\n    expose: ["9000"]\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it("binds short and long syntax to 127.0.0.1, replacing a wildcard address", () => {
    const before = 'services:\n  web:\n    image: x:1\n    ports:\n      - "8080:80"\n      - 0.0.0.0:9000:9000/udp\n      - target: 443\n        published: 8443\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Publish on 127.0.0.1 only (other hosts can no longer reach it)"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  web:\n    image: x:1\n    ports:\n      - "127.0.0.1:8080:80"\n      - 0.0.0.0:9000:9000/udp\n      - target: 443\n        published: 8443\n');
    assert.equal(applyFix(ID, before, opts, 1), 'services:\n  web:\n    image: x:1\n    ports:\n      - "8080:80"\n      - "127.0.0.1:9000:9000/udp"\n      - target: 443\n        published: 8443\n');
    assert.equal(applyFix(ID, before, opts, 2), 'services:\n  web:\n    image: x:1\n    ports:\n      - "8080:80"\n      - 0.0.0.0:9000:9000/udp\n      - target: 443\n        published: 8443\n        host_ip: "127.0.0.1"\n');
  });
});
