import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-apt-force-yes';

describe(ID, () => {
  before(() => initEngine());

  it('flags --force-yes', () => {
    expectFindings(ID, `FROM debian:12
RUN apt-get update && apt-get -y --force-yes install curl
#                                ^^^^^^^^^^^ no-apt-force-yes "apt-get --force-yes accepts unauthenticated packages, downgrades and removals of essential packages without asking; use -y"`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM debian:12
RUN apt-get install -y curl
RUN pip install --force-yes x`);
  });

  it('fix: Remove --force-yes', () => {
    const before = `FROM debian:12
RUN apt-get -y --force-yes install curl
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove --force-yes');
    assert.equal(applyFix(ID, before, {}, 0), `FROM debian:12
RUN apt-get -y install curl
`);
  });
});
