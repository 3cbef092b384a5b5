import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-yum-nogpgcheck';

describe(ID, () => {
  before(() => initEngine());

  it('flags yum, dnf, tdnf and microdnf', () => {
    expectFindings(ID, `FROM rockylinux:9
RUN yum install -y --nogpgcheck a && dnf --nogpgcheck install -y b
#                  ^^^^^^^^^^^^ no-yum-nogpgcheck "yum --nogpgcheck installs packages without checking their GPG signatures, so a tampered repository goes unnoticed"
#                                        ^^^^^^^^^^^^ no-yum-nogpgcheck
RUN tdnf install -y --nogpgcheck c && microdnf install --nogpgcheck d
#                   ^^^^^^^^^^^^ no-yum-nogpgcheck
#                                                      ^^^^^^^^^^^^ no-yum-nogpgcheck`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM rockylinux:9
RUN dnf install -y a && echo --nogpgcheck
RUN zypper --no-gpg-checks install b`);
  });

  it('fix: Remove --nogpgcheck', () => {
    const before = `FROM rockylinux:9
RUN dnf install -y --nogpgcheck a
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove --nogpgcheck');
    assert.equal(applyFix(ID, before, {}, 0), `FROM rockylinux:9
RUN dnf install -y a
`);
  });
});
