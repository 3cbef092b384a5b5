import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-reserved-stage-name';

describe(ID, () => {
  it('flags stages named scratch or context, in any case', () => {
    expectFindings(ID, `FROM alpine:3.20 AS scratch
#                   ^^^^^^^ no-reserved-stage-name "'scratch' is reserved and should not be used as a stage name: 'FROM scratch' means the empty image"
FROM alpine:3.20 AS Context
#                   ^^^^^^^ no-reserved-stage-name "'Context' is reserved and should not be used as a stage name: 'context' names the build context in COPY --from"`);
  });

  it('accepts other names and FROM scratch', () => {
    expectClean(ID, 'FROM scratch AS base\nFROM alpine:3.20 AS scratchpad\nFROM base AS build-context');
  });
});

describe(`${ID} fix`, () => {
  it('renames the stage and the COPY --from references to it', () => {
    const before = 'FROM golang:1.23 AS scratch\nRUN go build -o /app\nFROM scratch\nCOPY --from=scratch /app /app\n';
    assert.deepEqual(fixTitles(ID, before), ['Rename this stage to scratch-stage (and the COPY --from references to it)']);
    assert.equal(applyFix(ID, before), 'FROM golang:1.23 AS scratch-stage\nRUN go build -o /app\nFROM scratch\nCOPY --from=scratch-stage /app /app\n');
  });

  it('picks a name no other stage has', () => {
    assert.equal(applyFix(ID, 'FROM alpine AS context-stage\nFROM alpine AS context\n'), 'FROM alpine AS context-stage\nFROM alpine AS context-stage-2\n');
  });
});
