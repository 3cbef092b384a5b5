import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'zypper-no-dist-upgrade';

describe(ID, () => {
  before(() => initEngine());

  it('flags dist-upgrade and dup in every stage, through continuation lines, sh -c and heredocs', () => {
    expectFindings(ID, `FROM opensuse/leap:15.6 AS build
RUN zypper --non-interactive dist-upgrade
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ zypper-no-dist-upgrade "zypper dist-upgrade lets the solver downgrade, remove and switch the vendor of packages to match whatever the repositories hold on build day; use zypper update, or a newer base image"
FROM registry.suse.com/bci/bci-base:15.6
RUN zypper -n refresh \\
 && zypper -n dup --allow-vendor-change
#   ^^^^^^^^^^^^^ zypper-no-dist-upgrade
RUN sh -c 'zypper -n dup' && echo "zypper dup"
#          ^^^^^^^^^^^^^ zypper-no-dist-upgrade
RUN <<EOF
zypper -n dup
^^^^^^^^^^^^^ zypper-no-dist-upgrade
EOF`);
  });

  it('stays quiet for update and on Tumbleweed, where dup is the way to update', () => {
    expectClean(ID, `FROM opensuse/leap:15.6
RUN zypper -n update && zypper -n patch
FROM opensuse/tumbleweed
RUN zypper -n dup
FROM registry.opensuse.org/opensuse/tumbleweed:latest AS tw
RUN zypper -n dist-upgrade`);
  });

  it('offers zypper update as an unsafe fix', () => {
    assert.deepEqual(findingsOf(ID, 'FROM opensuse/leap:15.6\nRUN zypper -n dup\n').map((f) => f.fixes.map((x) => [x.title, x.safe])), [[['Use zypper update', false]]]);
  });
  it('agrees with hadolint DL3035 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN zypper dist-upgrade', true],
      ['RUN zypper dup', true],
      ['RUN zypper update', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});

describe(`${ID} fix`, () => {
  before(() => initEngine());

  it('uses zypper update', () => {
    const before = 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive dup && zypper clean\n';
    assert.deepEqual(fixTitles(ID, before), ['Use zypper update']);
    assert.equal(applyFix(ID, before), 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive update && zypper clean\n');
  });
});
