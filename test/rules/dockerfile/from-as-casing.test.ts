import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'from-as-casing';

describe(ID, () => {
  it('flags AS cased differently from FROM', () => {
    expectFindings(ID, `FROM node:22 as build
#            ^^ from-as-casing "'as' and 'FROM' keywords' casing do not match"
from node:22 AS test
#            ^^ from-as-casing "'AS' and 'from' keywords' casing do not match"
FROM --platform=$BUILDPLATFORM node:22 As lint
#                                      ^^ from-as-casing`);
  });

  it('accepts matching keywords, mixed-case FROM and stages without a name', () => {
    expectClean(ID, 'FROM node:22 AS build\nfrom node:22 as test\nFrom node:22 as x\nFROM node:22');
  });

  it("writes AS in FROM's case (safe)", () => {
    assert.equal(applyFix(ID, 'FROM node:22 as build\n'), 'FROM node:22 AS build\n');
    assert.equal(applyFix(ID, 'from node:22 AS build\n'), 'from node:22 as build\n');
  });
});
