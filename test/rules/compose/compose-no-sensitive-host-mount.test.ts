import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-sensitive-host-mount';
const opts = { path: '/work/app/compose.yaml' };

describe(ID, () => {
  it('flags system directories and secrets in home directories', () => {
    expectFindings(ID, `services:
  backup:
    image: example/backup:1
    volumes:
      - /etc:/host/etc
#       ^^^^^^^^^^^^^^ compose-no-sensitive-host-mount "Service 'backup' mounts the host's /etc: host configuration, including password hashes and credentials"
      - ~/.ssh:/root/.ssh:ro
#       ^^^^^^^^^^^^^^^^^^^^ compose-no-sensitive-host-mount "Service 'backup' mounts the host's ~/.ssh (read-only): SSH keys"
      - \${HOME}/.aws/:/root/.aws
#       ^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-sensitive-host-mount
      - /proc/sys:/host/proc/sys
#       ^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-sensitive-host-mount
      - /run/containerd/containerd.sock:/run/containerd/containerd.sock
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-sensitive-host-mount
`, opts);
  });

  it('reports the whole host filesystem as an error when writable, a warning when read-only', () => {
    const text = `services:
  a:
    image: x:1
    volumes: ["/:/host"]
  b:
    image: x:1
    volumes:
      - type: bind
        source: /
        target: /rootfs
        read_only: true
`;
    expectFindings(ID, `services:
  a:
    image: x:1
    volumes: ["/:/host"]
#             ^^^^^^^^^ compose-no-sensitive-host-mount
  b:
    image: x:1
    volumes:
      - type: bind
        source: /
#               ^ compose-no-sensitive-host-mount "Service 'b' mounts the host's / (read-only): the whole host filesystem"
        target: /rootfs
        read_only: true
`, opts);
    assert.deepEqual(findingsOf(ID, text, opts).map((f) => f.severity), ['error', 'warning']);
  });

  it('stays quiet for application directories, harmless files, named volumes and the Docker socket', () => {
    expectClean(ID, `services:
  app:
    image: x:1
    volumes:
      - /etc/localtime:/etc/localtime:ro
      - /etc/pihole/:/etc/pihole/
      - ./etc:/etc/app
      - etc:/etc
      - /var/run/docker.sock:/var/run/docker.sock
      - /srv/data:/data
      - /var/lib/app:/data
      - /dev/shm:/dev/shm
volumes:
  etc:
`, opts);
  });

  it('reads Windows-style and trailing-slash paths', () => {
    expectFindings(ID, `services:
  app:
    image: x:1
    volumes:
      - /var/lib/docker/:/docker:ro
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-sensitive-host-mount "Service 'app' mounts the host's /var/lib/docker (read-only): every container filesystem and volume"
      - C:\\data:/data
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes the mount, and volumes when it was the only one", () => {
    const before = 'services:\n  app:\n    image: x:1\n    volumes:\n      - type: bind\n        source: /etc\n        target: /host-etc\n    restart: always\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove the mount of the host's /etc"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  app:\n    image: x:1\n    restart: always\n');
  });
});
