import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'stage-name-casing';

describe(ID, () => {
  it('flags stage names with capitals', () => {
    expectFindings(ID, `FROM golang:1.23 AS BuildBase
#                   ^^^^^^^^^ stage-name-casing "Stage name 'BuildBase' should be lowercase"
FROM BuildBase AS TEST
#                 ^^^^ stage-name-casing "Stage name 'TEST' should be lowercase"`);
  });

  it('accepts lower-case names and references in any case', () => {
    expectClean(ID, 'FROM golang:1.23 AS build-base\nFROM Build-Base AS test\nCOPY --from=BUILD-BASE /a /a');
  });

  it('lower-cases the name (safe)', () => {
    assert.equal(applyFix(ID, 'FROM golang:1.23 AS Build\nFROM build\n'), 'FROM golang:1.23 AS build\nFROM build\n');
  });
});
