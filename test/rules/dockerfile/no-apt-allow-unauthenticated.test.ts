import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-apt-allow-unauthenticated';

describe(ID, () => {
  before(() => initEngine());

  it('flags apt-get and apt', () => {
    expectFindings(ID, `FROM debian:12
RUN apt-get install -y --allow-unauthenticated tool
#                      ^^^^^^^^^^^^^^^^^^^^^^^ no-apt-allow-unauthenticated "apt-get --allow-unauthenticated installs packages that fail signature checks, so a tampered mirror goes unnoticed"
RUN apt --allow-unauthenticated install -y tool
#       ^^^^^^^^^^^^^^^^^^^^^^^ no-apt-allow-unauthenticated`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM debian:12
RUN apt-get install -y tool # --allow-unauthenticated
RUN echo "--allow-unauthenticated" > /tmp/x`);
  });

  it('fix: Remove --allow-unauthenticated', () => {
    const before = `FROM debian:12
RUN apt-get install -y --allow-unauthenticated tool
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove --allow-unauthenticated');
    assert.equal(applyFix(ID, before, {}, 0), `FROM debian:12
RUN apt-get install -y tool
`);
  });
});
