import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, findingsOf } from '../../helpers/annotated.js';

const ID = 'no-empty-continuation';

describe(ID, () => {
  it('flags blank lines inside a continued instruction', () => {
    const findings = findingsOf(ID, 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl \\\n  \n    git\n');
    assert.deepEqual(findings.map((f) => ({ range: f.range, message: f.message })), [{
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } },
      message: 'Empty continuation lines found in RUN (lines 3, 5): a future Docker release will reject them',
    }]);
    assert.equal(findingsOf(ID, 'FROM alpine:3.20\nENV A=1 \\\n\n  B=2\n')[0].message, 'Empty continuation line found in ENV (line 3): a future Docker release will reject it');
  });

  it('accepts comments inside a continuation, blank lines between instructions and heredocs', () => {
    expectClean(ID, 'FROM alpine:3.20\nRUN apk add \\\n# a comment\n    curl\n\nRUN true\nRUN <<EOF\necho a\n\necho b\nEOF\n');
    expectClean(ID, 'FROM alpine:3.20\nENV A=1 \\\n  B=2 \\\n');
    expectClean(ID, 'FROM alpine:3.20\nENV A=1 \\\n  B=2 \\\n\n\n');
  });

  it('removes the blank lines (safe)', () => {
    assert.equal(applyFix(ID, 'FROM alpine:3.20\nRUN apk add \\\n\n    curl\nRUN true\n'), 'FROM alpine:3.20\nRUN apk add \\\n    curl\nRUN true\n');
  });
});
