import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'duplicate-stage-name';

describe(ID, () => {
  it('flags a reused stage name, case-insensitively', () => {
    expectFindings(ID, `FROM node:24 AS build
FROM golang:1.26 AS Build
#                   ^^^^^ duplicate-stage-name "Stage name 'build' is already used on line 1; stage names must be unique"
from alpine:3.23 as BUILD
#                   ^^^^^ duplicate-stage-name`);
  });

  it('accepts unique names and unnamed stages', () => {
    expectClean(ID, `FROM node:24 AS web
FROM golang:1.26 AS api
FROM alpine:3.23
FROM alpine:3.23`);
  });
});

describe(`${ID} fix`, () => {
  it('renames the repeated stage and the references that follow it', () => {
    const before = 'FROM node:22 AS build\nRUN make\nFROM golang:1.23 AS build\nRUN go build\nFROM build AS test\nFROM alpine:3.23\nCOPY --from=build /out /app\n';
    assert.deepEqual(fixTitles(ID, before), ['Rename this stage to build-2 (and the references to it that follow)']);
    assert.equal(applyFix(ID, before), 'FROM node:22 AS build\nRUN make\nFROM golang:1.23 AS build-2\nRUN go build\nFROM build-2 AS test\nFROM alpine:3.23\nCOPY --from=build-2 /out /app\n');
  });
});
