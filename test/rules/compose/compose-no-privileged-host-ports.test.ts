import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-privileged-host-ports';
const opts = { path: '/work/app/compose.yaml' };

describe(ID, () => {
  it('flags host ports below 1024 in short and long syntax', () => {
    expectFindings(ID, `services:
  web:
    image: example/app:2.1
    ports:
      - "80:8080"
#       ^^^^^^^^^ compose-no-privileged-host-ports "Service 'web' publishes host port 80, a privileged port (below 1024)"
      - 127.0.0.1:443:8443/tcp
#       ^^^^^^^^^^^^^^^^^^^^^^ compose-no-privileged-host-ports
      - target: 53
        published: "53"
#                  ^^^^ compose-no-privileged-host-ports "Service 'web' publishes host port 53, a privileged port (below 1024)"
        protocol: udp
      - "[::1]:22:2222"
#       ^^^^^^^^^^^^^^^ compose-no-privileged-host-ports
`, opts);
  });
  it('stays quiet for 80 and 443 on a reverse proxy or web server, not for its other low ports', () => {
    expectFindings(ID, `services:
  proxy:
    image: "traefik:v3.4"
    ports:
      - "80:80"
      - "443:443"
      - "22:2222"
#       ^^^^^^^^^ compose-no-privileged-host-ports
  web:
    image: docker.io/library/nginx:1.27-alpine@sha256:0123
    ports: ["443:8443"]
`, opts);
  });

  it('stays quiet for high host ports, container-only ports and interpolation', () => {
    expectClean(ID, `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
      - "80"
      - 443
      - "127.0.0.1::80"
      - "\${PORT}:80"
      - target: 80
        published: 8080
      - target: 80
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("moves the host port up, keeping the interface and container port", () => {
    const before = 'services:\n  web:\n    image: x:1\n    ports:\n      - "127.0.0.1:80:8080"\n      - target: 443\n        published: 443\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Publish on host port 8080 instead (clients must use 8080)"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  web:\n    image: x:1\n    ports:\n      - "127.0.0.1:8080:8080"\n      - target: 443\n        published: 443\n');
    assert.equal(applyFix(ID, before, opts, 1), 'services:\n  web:\n    image: x:1\n    ports:\n      - "127.0.0.1:80:8080"\n      - target: 443\n        published: 8443\n');
  });
});
