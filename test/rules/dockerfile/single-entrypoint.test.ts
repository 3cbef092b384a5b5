import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'single-entrypoint';

describe(ID, () => {
  it('flags a second ENTRYPOINT in a stage', () => {
    expectFindings(ID, `FROM node:24-slim
ENTRYPOINT ["node"]
ENTRYPOINT ["docker-entrypoint.sh"]
^^^^^^^^^^ single-entrypoint "More than one ENTRYPOINT in this stage: only the last one takes effect, so the ENTRYPOINT on line 2 does nothing"`);
    expectClean(ID, 'FROM a:1 AS x\nENTRYPOINT ["a"]\nFROM x\nENTRYPOINT ["b"]');
  });

  it('removes the earlier one', () => {
    assert.equal(applyFix(ID, 'FROM a:1\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]'), 'FROM a:1\nENTRYPOINT ["b"]');
  });

  it('treats the lines above the first FROM as one group', () => {
    expectFindings(ID, `ENTRYPOINT bash
ENTRYPOINT another
^^^^^^^^^^ single-entrypoint`);
    expectClean(ID, 'ENTRYPOINT ["a"]\nFROM a:1\nENTRYPOINT ["b"]');
  });
});
