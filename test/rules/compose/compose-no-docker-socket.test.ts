import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-docker-socket';
const opts = { path: '/work/app/docker-compose.yml' };

describe(ID, () => {
  it('flags the socket in short syntax, saying read-only does not help', () => {
    expectFindings(ID, `services:
  proxy:
    image: traefik:v3.1
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-docker-socket "Service 'proxy' mounts the Docker socket /var/run/docker.sock (read-only does not limit what the API allows): whoever controls the container controls the host"
      - "/run/docker.sock:/var/run/docker.sock"
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-docker-socket "Service 'proxy' mounts the Docker socket /run/docker.sock: whoever controls the container controls the host"
`, opts);
  });

  it('flags the source of long syntax, rootless sockets and the Windows pipe', () => {
    expectFindings(ID, `services:
  agent:
    image: portainer/agent:2.21
    volumes:
      - type: bind
        source: /var/run/docker.sock
#               ^^^^^^^^^^^^^^^^^^^^ compose-no-docker-socket
        target: /var/run/docker.sock
      - \${XDG_RUNTIME_DIR}/docker.sock:/var/run/docker.sock
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-docker-socket
      - //./pipe/docker_engine://./pipe/docker_engine
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-docker-socket
`, opts);
  });

  it('reports a socket in a merged anchor once', () => {
    expectFindings(ID, `x-docker: &docker
  volumes:
    - /var/run/docker.sock:/var/run/docker.sock
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-docker-socket "Services 'a', 'b' mount the Docker socket /var/run/docker.sock: whoever controls the container controls the host"
services:
  a:
    <<: *docker
    image: a:1
  b:
    <<: *docker
    image: b:1
`, opts);
  });

  it('stays quiet for named volumes, other files and a container-side socket path', () => {
    expectClean(ID, `services:
  app:
    image: app:1
    volumes:
      - docker.sock:/data
      - ./docker.sock.d:/etc/app
      - data:/var/run/docker.sock
      - type: volume
        source: docker.sock
        target: /x
volumes:
  data:
  docker.sock:
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes the socket mount and keeps the other volumes", () => {
    const before = 'services:\n  ci:\n    image: agent:1\n    volumes:\n      - ./work:/work\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove the Docker socket mount (whatever uses the Docker API stops working)"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  ci:\n    image: agent:1\n    volumes:\n      - ./work:/work\n');
  });
});
