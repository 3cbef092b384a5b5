import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'copy-from-unknown-stage';

describe(ID, () => {
  it('flags names that match no earlier stage', () => {
    expectFindings(ID, `FROM golang:1.26 AS builder
RUN go build -o /out/app .
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
#           ^^^^^ copy-from-unknown-stage "COPY --from=build names no earlier stage (stages: builder); BuildKit would pull an image called 'build' instead. Fix the name, or write the image with a tag"`);
  });

  it('flags stages defined later', () => {
    expectFindings(ID, `FROM alpine:3.23 AS a
COPY --from=b /x /x
#           ^ copy-from-unknown-stage "COPY --from=b names stage 'b', which is defined later (line 3); a stage can only copy from earlier ones"
FROM alpine:3.23 AS b`);
  });

  it('accepts earlier stages (any case), indexes, images with tags, and unknown ARGs', () => {
    expectClean(ID, `ARG FROM_STAGE
ARG TOOLS=Builder
FROM golang:1.26 AS Builder
FROM alpine:3.23
COPY --from=builder /a /a
COPY --from=BUILDER /a /a
COPY --from=0 /a /a
COPY --from=nginx:1.27 /etc/nginx /etc/nginx
COPY --from=ghcr.io/org/tool@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /t /t
COPY --from=\${FROM_STAGE} /a /a
COPY --from=\${TOOLS} /a /a`);
  });

  it('resolves ARG defaults and flags an untagged image name', () => {
    expectFindings(ID, `ARG SRC=tools
FROM alpine:3.23
COPY --from=\${SRC} /a /a
#           ^^^^^^ copy-from-unknown-stage
COPY --from=ghcr.io/org/tool /t /t
#           ^^^^^^^^^^^^^^^^ copy-from-unknown-stage "COPY --from=ghcr.io/org/tool copies from an image without a tag or digest, which means ghcr.io/org/tool:latest and changes under you; pin a tag or digest"`);
  });

  it('judges a COPY --from above the first FROM: every stage comes later', () => {
    expectFindings(ID, `COPY --from=foo bar .
#           ^^^ copy-from-unknown-stage "COPY --from=foo names no earlier stage; BuildKit would pull an image called 'foo' instead. Fix the name, or write the image with a tag"`);
    expectFindings(ID, `COPY --from=build foo .
#           ^^^^^ copy-from-unknown-stage "COPY --from=build names stage 'build', which is defined later (line 2); a stage can only copy from earlier ones"
FROM node:24 AS build`);
    expectClean(ID, 'COPY --from=haskell:9.8 bar .');
  });
});

describe(`${ID} fix`, () => {
  it('corrects a misspelt stage name when one earlier stage is the closest', () => {
    const before = 'FROM golang:1.26 AS builder\nRUN go build -o /out/app\nFROM alpine:3.23\nCOPY --from=biulder /out/app /app\n';
    assert.deepEqual(fixTitles(ID, before), ['Copy from stage builder']);
    assert.equal(applyFix(ID, before), 'FROM golang:1.26 AS builder\nRUN go build -o /out/app\nFROM alpine:3.23\nCOPY --from=builder /out/app /app\n');
  });

  it('offers no fix when no stage name is close or two are equally close', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.23 AS build\nFROM alpine:3.23\nCOPY --from=assets /a /a\n').map((f) => f.fixes.length), [0]);
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.23 AS ab\nFROM alpine:3.23 AS ac\nFROM alpine:3.23\nCOPY --from=ad /a /a\n').map((f) => f.fixes.length), [0]);
  });
});
