import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

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

  it('is silenced by a KICS ignore-line directive, as it lists a KICS query', () => {
    expectClean(ID, `services:
  plex:
    image: linuxserver/plex:1.41
    # kics-scan ignore-line
    network_mode: host
`, opts);
  });

  it('offers to remove network_mode: host, saying the ports must be published', () => {
    const before = 'services:\n  a:\n    image: x:1\n    network_mode: host\n    restart: always\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Remove network_mode: host (publish the ports it listens on with ports:)']);
    assert.equal(applyFix(ID, before, opts), 'services:\n  a:\n    image: x:1\n    restart: always\n');
  });
});
