import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'redundant-target-platform';

describe(ID, () => {
  it('flags --platform=$TARGETPLATFORM', () => {
    expectFindings(ID, `FROM --platform=$TARGETPLATFORM alpine:3.20
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^ redundant-target-platform "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior"
FROM --platform=\${TARGETPLATFORM} alpine:3.20 AS b
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redundant-target-platform "Setting platform to predefined \${TARGETPLATFORM} in FROM is redundant as this is the default behavior"`);
  });

  it('accepts the build platform, constants and other variables', () => {
    expectClean(ID, 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM --platform=linux/amd64 alpine:3.20\nFROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20\nFROM alpine:3.20');
  });

  it('removes the flag (safe)', () => {
    assert.equal(applyFix(ID, 'FROM --platform=$TARGETPLATFORM alpine:3.20 AS run\n'), 'FROM alpine:3.20 AS run\n');
  });
});
