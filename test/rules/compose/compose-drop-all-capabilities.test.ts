import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';
import { assertSameExcept } from '../../helpers/yaml-compare.js';

const ID = 'compose-drop-all-capabilities';
const opts = { path: '/work/app/docker-compose.yml' };

describe(ID, () => {
  it('flags cap_add without cap_drop ALL', () => {
    expectFindings(ID, `services:
  vpn:
    image: example/vpn:1
    cap_add:
#   ^^^^^^^ compose-drop-all-capabilities "Service 'vpn' adds NET_ADMIN but keeps Docker's default capabilities too; drop ALL and add back only what is needed"
      - NET_ADMIN
    cap_drop: [NET_RAW]
`, opts);
  });

  it('stays quiet with cap_drop ALL (in any case), without cap_add, or with cap_add ALL', () => {
    expectClean(ID, `services:
  a:
    image: x:1
    cap_add: [NET_ADMIN]
    cap_drop: [all]
  b:
    image: x:1
  c:
    image: x:1
    cap_add: [ALL]
  d:
    image: x:1
    cap_add: []
`, opts);
  });

  it('adds a block cap_drop list after the last key, keeping comments', () => {
    const before = `services:
  vpn:
    image: example/vpn:1
    cap_add:
      - NET_ADMIN # routes
    restart: always # keep running
  other:
    image: x:1
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Drop all other capabilities (cap_drop: [ALL])']);
    const after = applyFix(ID, before, opts);
    assert.equal(after, `services:
  vpn:
    image: example/vpn:1
    cap_add:
      - NET_ADMIN # routes
    restart: always # keep running
    cap_drop:
      - ALL
  other:
    image: x:1
`);
    assertSameExcept(before, after, [[0, 'services', 'vpn', 'cap_drop']]);
  });

  it('appends ALL to an existing flow cap_drop, and writes flow style into a flow service', () => {
    assert.equal(applyFix(ID, `services:
  vpn:
    image: example/vpn:1
    cap_add: [NET_ADMIN]
    cap_drop: [NET_RAW]
`, opts), `services:
  vpn:
    image: example/vpn:1
    cap_add: [NET_ADMIN]
    cap_drop: [NET_RAW, ALL]
`);
    assert.equal(applyFix(ID, `services:
  vpn: {image: "example/vpn:1", cap_add: [NET_ADMIN]}
`, opts), `services:
  vpn: {image: "example/vpn:1", cap_add: [NET_ADMIN], cap_drop: [ALL]}
`);
  });

  it('follows the flush list style of the file and CRLF line breaks', () => {
    const before = 'services:\r\n  vpn:\r\n    image: x:1\r\n    cap_add:\r\n    - NET_ADMIN\r\n';
    assert.equal(applyFix(ID, before, opts), 'services:\r\n  vpn:\r\n    image: x:1\r\n    cap_add:\r\n    - NET_ADMIN\r\n    cap_drop:\r\n    - ALL\r\n');
  });
});
