import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'single-healthcheck';

describe(ID, () => {
  it('flags a second HEALTHCHECK in a stage, NONE included', () => {
    expectFindings(ID, `FROM nginx:1.27
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
HEALTHCHECK NONE
^^^^^^^^^^^ single-healthcheck "More than one HEALTHCHECK in this stage: only the last one takes effect, so the HEALTHCHECK on line 2 does nothing"`);
    expectClean(ID, 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1');
  });

  it('removes the earlier one', () => {
    assert.equal(applyFix(ID, 'FROM nginx:1.27\nHEALTHCHECK CMD true\nHEALTHCHECK --interval=5s CMD true\n'), 'FROM nginx:1.27\nHEALTHCHECK --interval=5s CMD true\n');
  });

  it('treats the lines above the first FROM as one group', () => {
    expectFindings(ID, `HEALTHCHECK CMD /check
HEALTHCHECK NONE
^^^^^^^^^^^ single-healthcheck`);
    expectClean(ID, 'HEALTHCHECK NONE\nFROM a:1\nHEALTHCHECK CMD /check');
  });
});
