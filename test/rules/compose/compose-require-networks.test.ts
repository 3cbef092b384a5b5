import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'compose-require-networks';
const opts = { path: '/work/app/compose.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags services on the default network only', () => {
    expectFindings(ID, `services:
  web:
# ^^^ compose-require-networks "Service 'web' names no networks, so every service of the project can reach it on the default network; put services on networks by what they need to reach"
    image: x:1
  db:
    image: postgres:16.4
    networks: [back]
networks:
  back: {internal: true}
`, opts);
  });

  it('stays quiet with networks or network_mode', () => {
    expectClean(ID, 'services:\n  a: {image: "x:1", networks: {front: {}}}\n  b: {image: "x:1", network_mode: none}\n', opts);
  });
});
