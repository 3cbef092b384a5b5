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
HEALTHCHECK CMD true
FROM nginx:1.27
^^^^^^^^^^^^^^^ require-healthcheck "The final stage has no HEALTHCHECK: Docker and Compose cannot tell a hung container from a healthy one; add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE to say none is wanted"`, on);
  });

  it('accepts HEALTHCHECK, NONE and inherited ones', () => {
    expectClean(ID, 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1', on);
    expectClean(ID, 'FROM nginx:1.27\nHEALTHCHECK NONE', on);
    expectClean(ID, 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD true\nFROM base', on);
  });

  it('does not judge shell-less or unknown images', () => {
    expectClean(ID, 'FROM scratch\nCOPY app /app', on);
    expectClean(ID, 'FROM gcr.io/distroless/static-debian12:nonroot', on);
    expectClean(ID, 'FROM cgr.dev/chainguard/static:latest', on);
    expectClean(ID, 'ARG BASE\nFROM $BASE', on);
  });
});
