import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-host-devices';
const opts = { path: '/work/app/compose.yaml' };

describe(ID, () => {
  it('flags each device, raw disks and memory as warnings', () => {
    const fixture = `services:
  media:
    image: x:1
    devices:
      - /dev/dri:/dev/dri
#       ^^^^^^^^^^^^^^^^^ compose-no-host-devices "Service 'media' gets the host device /dev/dri; make sure the service needs it"
      - "/dev/sda:/dev/xvda:rwm"
#       ^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-host-devices "Service 'media' gets raw access to the host's /dev/sda: it can read and write host memory or disks directly"
      - /dev/mem
#       ^^^^^^^^ compose-no-host-devices
`;
    expectFindings(ID, fixture, opts);
    const text = fixture.split('\n').filter((l) => !l.startsWith('#')).join('\n');
    assert.deepEqual(findingsOf(ID, text, opts).map((f) => f.severity), ['info', 'warning', 'warning']);
  });
  it('reads the long syntax source and skips interpolated devices', () => {
    expectFindings(ID, `services:
  a:
    image: x:1
    devices:
      - source: /dev/nvme0n1
#               ^^^^^^^^^^^^ compose-no-host-devices
        target: /dev/disk0
        permissions: r
      - \${GPU_DEVICE}:/dev/gpu
`, opts);
  });
  it('stays quiet without devices', () => {
    expectClean(ID, `services:
  a:
    image: x:1
    device_cgroup_rules: []
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes the device entry", () => {
    const before = 'services:\n  app:\n    image: x:1\n    devices: ["/dev/sda:/dev/xvda", "/dev/ttyUSB0"]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove the device /dev/sda"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  app:\n    image: x:1\n    devices: ["/dev/ttyUSB0"]\n');
  });
});
