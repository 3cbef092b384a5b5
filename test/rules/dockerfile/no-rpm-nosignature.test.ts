import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-rpm-nosignature';

describe(ID, () => {
  before(() => initEngine());

  it('flags each option', () => {
    expectFindings(ID, `FROM rockylinux:9
RUN rpm -ivh --nosignature --nodigest a.rpm && rpm -U --noverify b.rpm --nofiledigest
#            ^^^^^^^^^^^^^ no-rpm-nosignature "rpm --nosignature skips the package's integrity checks, so a tampered package is installed as if it were genuine"
#                          ^^^^^^^^^^ no-rpm-nosignature
#                                                     ^^^^^^^^^^ no-rpm-nosignature
#                                                                      ^^^^^^^^^^^^^^ no-rpm-nosignature`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM rockylinux:9
RUN rpm -ivh a.rpm && rpm --import key.asc && echo --nosignature`);
  });

  it('fix: Remove --nosignature', () => {
    const before = `FROM rockylinux:9
RUN rpm -ivh --nosignature a.rpm
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove --nosignature');
    assert.equal(applyFix(ID, before, {}, 0), `FROM rockylinux:9
RUN rpm -ivh a.rpm
`);
  });
});
