import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'consistent-instruction-casing';

describe(ID, () => {
  it('flags keywords against the upper-case majority, and mixed case', () => {
    expectFindings(ID, `FROM alpine:3.20
run apk add --no-cache curl
^^^ consistent-instruction-casing "Command 'run' should match the case of the command majority (uppercase)"
Copy . /app
^^^^ consistent-instruction-casing "Command 'Copy' should match the case of the command majority (uppercase)"
WORKDIR /app
CMD ["/app/run"]`);
  });

  it('follows a lower-case majority', () => {
    expectFindings(ID, `from alpine:3.20
run apk add --no-cache curl
COPY . /app
^^^^ consistent-instruction-casing "Command 'COPY' should match the case of the command majority (lowercase)"`);
  });

  it('accepts one case, and does not count the ARGs above the first FROM', () => {
    expectClean(ID, 'FROM alpine:3.20\nRUN true\nCOPY . /app');
    expectClean(ID, 'from alpine:3.20\nrun true');
    expectClean(ID, 'ARG A=1\nARG B=2\nARG C=3\nfrom alpine:3.20\nrun true');
  });

  it('writes the keyword in the majority case (safe)', () => {
    assert.equal(applyFix(ID, 'FROM alpine:3.20\nrun true\nCMD ["x"]\n'), 'FROM alpine:3.20\nRUN true\nCMD ["x"]\n');
  });
});
