import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'single-cmd';

describe(ID, () => {
  it('flags every CMD after the first in a stage', () => {
    expectFindings(ID, `FROM python:3.13-slim
CMD ["python", "manage.py", "migrate"]
CMD ["gunicorn", "app:app"]
^^^ single-cmd "More than one CMD in this stage: only the last one takes effect, so the CMD on line 2 does nothing"
cmd gunicorn app:app
^^^ single-cmd "More than one CMD in this stage: only the last one takes effect, so the CMD on lines 2, 3 does nothing"`);
  });

  it('judges stages separately', () => {
    expectClean(ID, `FROM node:24 AS build
CMD ["npm", "test"]
FROM node:24-slim
CMD ["node", "server.js"]`);
  });

  it('removes the ineffective CMDs, keeping comments and other lines (safe)', () => {
    const before = `FROM python:3.13-slim
# migrate first
CMD ["python", "manage.py", "migrate"]
EXPOSE 8000
CMD ["gunicorn", \\
     "app:app"]
`;
    assert.equal(findingsOf(ID, before)[0].fixes[0].safe, true);
    assert.equal(applyFix(ID, before), `FROM python:3.13-slim
# migrate first
EXPOSE 8000
CMD ["gunicorn", \\
     "app:app"]
`);
    assert.equal(applyFix(ID, 'FROM a:1\r\nCMD ["a"]\r\nCMD ["b"]\r\nCMD ["c"]', {}, 1), 'FROM a:1\r\nCMD ["c"]');
  });

  it('removes an earlier multi-line CMD entirely', () => {
    assert.equal(applyFix(ID, 'FROM a:1\nCMD echo \\\n  hi\nCMD ["b"]\n'), 'FROM a:1\nCMD ["b"]\n');
  });

  it('treats the lines above the first FROM as one group', () => {
    expectFindings(ID, `CMD bash
RUN foo
CMD another
^^^ single-cmd "More than one CMD in this stage: only the last one takes effect, so the CMD on line 1 does nothing"`);
    expectClean(ID, 'CMD ["a"]\nFROM a:1\nCMD ["b"]');
  });
});
