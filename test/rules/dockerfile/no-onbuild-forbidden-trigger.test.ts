import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-onbuild-forbidden-trigger';

describe(ID, () => {
  it('flags ONBUILD FROM, MAINTAINER and ONBUILD', () => {
    expectFindings(ID, `FROM debian:12
ONBUILD FROM alpine:3.20
        ^^^^ no-onbuild-forbidden-trigger "ONBUILD FROM is not allowed: Docker refuses FROM as an ONBUILD trigger"
ONBUILD MAINTAINER me
        ^^^^^^^^^^ no-onbuild-forbidden-trigger "ONBUILD MAINTAINER is not allowed: Docker refuses MAINTAINER as an ONBUILD trigger"
ONBUILD ONBUILD RUN make
        ^^^^^^^ no-onbuild-forbidden-trigger`);
  });

  it('accepts other triggers', () => {
    expectClean(ID, 'FROM debian:12\nONBUILD RUN make\nONBUILD COPY . /app/\nONBUILD ENV A=1');
  });
});

describe(`${ID} fix`, () => {
  it('removes the ONBUILD instruction', () => {
    const before = 'FROM node:22\nONBUILD COPY . /app\nONBUILD FROM alpine:3.23\nCMD ["node"]\n';
    assert.deepEqual(fixTitles(ID, before), ['Remove this ONBUILD FROM (Docker refuses it)']);
    assert.equal(applyFix(ID, before), 'FROM node:22\nONBUILD COPY . /app\nCMD ["node"]\n');
  });
});
