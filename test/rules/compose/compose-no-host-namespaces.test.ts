import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const opts = { path: '/work/app/docker-compose.yml' };

describe('compose-no-host-network', () => {
  const ID = 'compose-no-host-network';
  it('flags network_mode: host, quoted or not', () => {
    expectFindings(ID, `services:
  plex:
    image: linuxserver/plex:1.41
    network_mode: host
#                 ^^^^ compose-no-host-network "Service 'plex' shares the host's network namespace (network_mode: host)"
  b:
    image: x:1
    network_mode: "host"
#                 ^^^^^^ compose-no-host-network
`, opts);
  });
  it('stays quiet for bridge, none and another service namespace', () => {
    expectClean(ID, `services:
  a: {image: x:1, network_mode: bridge}
  b: {image: x:1, network_mode: "service:a"}
  c: {image: x:1, network_mode: none}
  d: {image: x:1, network_mode: "container:host"}
`, opts);
  });
});

describe('compose-no-host-pid', () => {
  const ID = 'compose-no-host-pid';
  it('flags pid: host, also through a merge key', () => {
    expectFindings(ID, `x-debug: &debug
  pid: host
#      ^^^^ compose-no-host-pid "Service 'app' shares the host's process namespace (pid: host)"
services:
  app:
    <<: *debug
    image: app:1
  other:
    image: x:1
    pid: "service:app"
`, opts);
  });
});

describe('compose-no-host-ipc', () => {
  const ID = 'compose-no-host-ipc';
  it('flags ipc: host and leaves shareable alone', () => {
    expectFindings(ID, `services:
  a:
    image: x:1
    ipc: host
#        ^^^^ compose-no-host-ipc "Service 'a' shares the host's IPC namespace (ipc: host)"
  b:
    image: x:1
    ipc: shareable
  c:
    image: x:1
    ipc: "service:b"
`, opts);
  });
});

describe('compose-no-host-userns', () => {
  const ID = 'compose-no-host-userns';
  it('flags userns_mode: host in flow style', () => {
    expectFindings(ID, `services:
  a: {image: x:1, userns_mode: host}
#                              ^^^^ compose-no-host-userns "Service 'a' shares the host's user namespace (userns_mode: host)"
`, opts);
    expectClean(ID, `services:
  a: {image: x:1}
`, opts);
  });
});
