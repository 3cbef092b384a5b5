import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'require-healthcheck';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  it('is off by default', () => {
    assert.deepEqual(findingsOf(ID, 'FROM nginx:1.27'), []);
  });

  it('flags a final stage without HEALTHCHECK when enabled', () => {
    expectFindings(ID, `FROM golang:1.26 AS build
RUN go build -o /out/app .
FROM nginx:1.27
^^^^^^^^^^^^^^^ require-healthcheck "The final stage has no HEALTHCHECK: Docker and Compose cannot tell a hung container from a healthy one; add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE to say none is wanted"`, on);
  });

  it('accepts HEALTHCHECK, NONE and inherited ones', () => {
    expectClean(ID, 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1', on);
    expectClean(ID, 'FROM nginx:1.27\nHEALTHCHECK NONE', on);
    expectClean(ID, 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD true\nFROM base', on);
  });

  it('judges shell-less images too, and says how to probe them', () => {
    const shellLess = 'The final stage has no HEALTHCHECK: Docker and Compose cannot tell a hung container from a healthy one; this image has no shell or curl, so add an exec-form HEALTHCHECK CMD that runs a probe binary the image ships, or HEALTHCHECK NONE to say none is wanted';
    expectFindings(ID, `FROM scratch
^^^^^^^^^^^^ require-healthcheck "${shellLess}"
COPY app /app`, on);
    expectFindings(ID, `FROM gcr.io/distroless/static-debian12:nonroot
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-healthcheck "${shellLess}"`, on);
    expectFindings(ID, `FROM cgr.dev/chainguard/static:latest
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-healthcheck "${shellLess}"`, on);
    expectClean(ID, 'FROM scratch\nCOPY healthcheck /healthcheck\nHEALTHCHECK CMD ["/healthcheck"]', on);
  });

  it('gives the usual advice for debug and -dev variants, which have a shell', () => {
    expectFindings(ID, `FROM gcr.io/distroless/base-debian12:debug
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-healthcheck "The final stage has no HEALTHCHECK: Docker and Compose cannot tell a hung container from a healthy one; add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE to say none is wanted"`, on);
    expectFindings(ID, `FROM cgr.dev/chainguard/python:latest-dev
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-healthcheck "The final stage has no HEALTHCHECK: Docker and Compose cannot tell a hung container from a healthy one; add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE to say none is wanted"`, on);
  });

  it('judges a base image from a build argument by the Dockerfile alone', () => {
    expectFindings(ID, `ARG BASE
FROM $BASE
^^^^^^^^^^ require-healthcheck`, on);
  });

  it('is satisfied by a HEALTHCHECK in any stage, as Trivy and Checkov judge, not by ONBUILD HEALTHCHECK', () => {
    expectClean(ID, 'FROM debian:12 AS base\nHEALTHCHECK CMD /bin/probe\nFROM debian:12', on);
    expectClean(ID, 'FROM golang:1.26 AS build\nRUN go build -o /app .\nFROM debian:12\nHEALTHCHECK NONE\nCOPY --from=build /app /app', on);
    expectFindings(ID, `FROM debian:12
^^^^^^^^^^^^^^ require-healthcheck
ONBUILD HEALTHCHECK CMD /bin/probe`, on);
  });

  it('stays quiet on images that never ship', () => {
    expectClean(ID, 'FROM golang:1.26 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app', on);
    expectClean(ID, 'FROM node:24\nCMD ["npm", "test"]', { ...on, path: '/p/Dockerfile.dev' });
  });
});
