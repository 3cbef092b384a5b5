import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-cgroup-parent';
const opts = { path: '/work/app/compose.yaml' };

describe(ID, () => {
  it('flags cgroup_parent', () => {
    expectFindings(ID, `services:
  app:
    image: x:1
    cgroup_parent: system.slice
#                  ^^^^^^^^^^^^ compose-no-cgroup-parent "Service 'app' runs under the cgroup system.slice instead of Docker's own; its resource limits are whatever that cgroup allows"
`, opts);
  });
  it('stays quiet without it or with an empty value', () => {
    expectClean(ID, `services:
  app:
    image: x:1
    cgroup: private
  b:
    image: x:1
    cgroup_parent:
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes cgroup_parent", () => {
    const before = 'services:\n  app:\n    image: x:1\n    cgroup_parent: system.slice\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove cgroup_parent (run in the cgroup Docker creates)"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  app:\n    image: x:1\n');
  });
});
