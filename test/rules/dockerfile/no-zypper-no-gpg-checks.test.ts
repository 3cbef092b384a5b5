import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-zypper-no-gpg-checks';

describe(ID, () => {
  before(() => initEngine());

  it('flags --no-gpg-checks in front of and after the subcommand', () => {
    expectFindings(ID, `FROM opensuse/leap:15.6
RUN zypper --no-gpg-checks --non-interactive install tool && zypper in --no-gpg-checks other
#          ^^^^^^^^^^^^^^^ no-zypper-no-gpg-checks "zypper --no-gpg-checks installs packages without checking their GPG signatures, so a tampered repository goes unnoticed"
#                                                                      ^^^^^^^^^^^^^^^ no-zypper-no-gpg-checks`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM opensuse/leap:15.6
RUN zypper --non-interactive install tool
RUN yum --no-gpg-checks install x`);
  });

  it('fix: Remove --no-gpg-checks', () => {
    const before = `FROM opensuse/leap:15.6
RUN zypper --no-gpg-checks install -y tool
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove --no-gpg-checks');
    assert.equal(applyFix(ID, before, {}, 0), `FROM opensuse/leap:15.6
RUN zypper install -y tool
`);
  });
});
