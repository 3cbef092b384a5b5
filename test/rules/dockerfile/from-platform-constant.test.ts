import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'from-platform-constant';

describe(ID, () => {
  it('flags a constant platform', () => {
    expectFindings(ID, `FROM --platform=linux/amd64 node:22
#    ^^^^^^^^^^^^^^^^^^^^^^ from-platform-constant
FROM --platform=linux node:22 AS app
#    ^^^^^^^^^^^^^^^^ from-platform-constant`);
    assert.equal(findingsOf(ID, 'FROM --platform=linux/amd64 node:22')[0].message,
      'FROM --platform flag should not use constant value "linux/amd64": the image then always runs emulated on other platforms; leave the platform to the build');
  });

  it('accepts variables, stages named for their platform, and no flag', () => {
    expectClean(ID, `FROM --platform=$BUILDPLATFORM golang:1.23 AS build
FROM --platform=\${TARGETPLATFORM} alpine:3.20
FROM --platform=\${BUILDPLATFORM:-linux/amd64} alpine:3.20
FROM --platform=linux/amd64 alpine:3.20 AS build_amd64
FROM --platform=linux/arm64 alpine:3.20 AS build-arm64
FROM build_\${TARGETARCH} AS final
FROM alpine:3.20`);
  });
});

describe(`${ID} fix`, () => {
  it('removes the flag and says how to build for that platform', () => {
    const before = 'FROM --platform=linux/amd64 golang:1.23 AS build\nRUN go build\n';
    assert.deepEqual(fixTitles(ID, before), ['Remove --platform=linux/amd64 (the stage then follows the target platform; pass docker build --platform linux/amd64 to keep it)']);
    assert.equal(applyFix(ID, before), 'FROM golang:1.23 AS build\nRUN go build\n');
  });
});
