import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
