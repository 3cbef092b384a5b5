import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
