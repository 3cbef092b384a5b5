import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'invalid-default-arg-in-from';

describe(ID, () => {
  it('flags defaults that leave the image empty or invalid', () => {
    expectFindings(ID, `ARG TAG
ARG IMAGE
ARG REPO=My/Image
FROM busybox:\${TAG}
#    ^^^^^^^^^^^^^^ invalid-default-arg-in-from "Default value for ARG busybox:\${TAG} results in empty or invalid base image name 'busybox:': give the ARG a default that names an image"
FROM $IMAGE
#    ^^^^^^ invalid-default-arg-in-from "Default value for ARG $IMAGE results in empty or invalid base image name: give the ARG a default that names an image"
FROM $REPO
#    ^^^^^ invalid-default-arg-in-from`);
  });

  it('accepts defaults that name an image or a stage, and inline defaults', () => {
    expectClean(ID, `ARG TAG=1.37
ARG VERSION
ARG STAGE=build
ARG REGISTRY=localhost:5000
ARG VERSION_BASE=1.37
ARG CLI=\${VERSION_BASE}
FROM busybox:\${TAG} AS build
FROM busybox:\${VERSION:-latest}
FROM $STAGE
FROM $REGISTRY/app:1
FROM golang:1.23-\${TARGETOS}
FROM busybox:\${UNDECLARED}
FROM busybox:$CLI
FROM busybox:"\${TAG}"`);
  });
});
