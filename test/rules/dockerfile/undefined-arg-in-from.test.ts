import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'undefined-arg-in-from';

describe(ID, () => {
  it('flags FROM arguments not declared above the first FROM', () => {
    expectFindings(ID, `FROM node:22\${VARIANT} AS build
#           ^^^^^^^^^^ undefined-arg-in-from "FROM argument 'VARIANT' is not declared: declare it with ARG above the first FROM"
FROM --platform=$BULIDPLATFORM golang:1.23
#               ^^^^^^^^^^^^^^ undefined-arg-in-from "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?): declare it with ARG above the first FROM"
ARG LATE=1
FROM alpine:$LATE
#           ^^^^^ undefined-arg-in-from`);
  });

  it('accepts declared arguments, platform arguments and defaults', () => {
    expectClean(ID, `ARG VARIANT=-alpine
ARG TAG
FROM node:22\${VARIANT} AS build
FROM --platform=$BUILDPLATFORM golang:1.23
FROM alpine:\${TAG}
FROM alpine:\${OTHER:-3.20}
FROM build-\${TARGETARCH}`);
  });
});

describe(`${ID} fix`, () => {
  it('renames a misspelt argument to the declared one it is closest to, keeping braces and modifier', () => {
    const before = 'ARG BASE_TAG=3.23\nFROM --platform=$BULIDPLATFORM alpine:${BASE_TGA:?}\n';
    assert.deepEqual(fixTitles(ID, before), ['Use BUILDPLATFORM instead of BULIDPLATFORM']);
    assert.equal(applyFix(ID, before), 'ARG BASE_TAG=3.23\nFROM --platform=$BUILDPLATFORM alpine:${BASE_TGA:?}\n');
    assert.equal(applyFix(ID, before, {}, 1), 'ARG BASE_TAG=3.23\nFROM --platform=$BULIDPLATFORM alpine:${BASE_TAG:?}\n');
  });

  it('offers no fix when no declared name is close', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:${SOMETHING}\n'), []);
  });
});
