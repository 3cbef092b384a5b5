import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-build-tools-in-final-stage';

describe(ID, () => {
  before(() => initEngine());

  it('flags compilers, build tools and headers installed in a single-stage build', () => {
    expectFindings(ID, `FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev curl
#                                                                ^^^^^^^^^^^^^ no-build-tools-in-final-stage "The final image keeps gcc, libpq-dev: compilers and build tools help an attacker who gets in and add vulnerabilities. Build in a separate stage and copy only the result (the \"Harden this Dockerfile\" command does the split)"
RUN apk add --no-cache build-base && yum install -y gcc-c++ make && dnf install -y java-17-openjdk-devel
#                      ^^^^^^^^^^ no-build-tools-in-final-stage
#                                                   ^^^^^^^^^^^^ no-build-tools-in-final-stage
#                                                                                  ^^^^^^^^^^^^^^^^^^^^^ no-build-tools-in-final-stage`);
  });

  it('judges the final stage and its parents, not builder stages', () => {
    expectFindings(ID, `FROM debian:12 AS base
RUN apt-get install -y cmake
#                      ^^^^^ no-build-tools-in-final-stage
FROM golang:1.23 AS build
RUN apt-get install -y gcc make
FROM base
COPY --from=build /out /out`);
  });

  it('stays quiet when the tools are removed again', () => {
    expectClean(ID, `FROM python:3.12-slim
RUN savedAptMark="$(apt-mark showmanual)"; apt-get update; apt-get install -y gcc libffi-dev; pip install cffi; apt-mark auto '.*' > /dev/null; apt-mark manual $savedAptMark; apt-get purge -y --auto-remove
RUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install x && apk del .build-deps
RUN apt-get install -y make && make && apt-get purge -y make
RUN saved="$(apt-mark showmanual)"; apt-get install -y dpkg-dev; apt-mark showmanual | xargs apt-mark auto > /dev/null; apt-mark manual $saved; apt-get purge -y --auto-remove
RUN echo "apt-get install gcc"`);
  });

  it('flags npm installs that include devDependencies, unless omitted or production', () => {
    expectFindings(ID, `FROM node:22-slim
RUN npm ci && npm ci --omit=dev && npm install --production && NODE_ENV=production npm ci
#   ^^^^^^ no-build-tools-in-final-stage "npm ci installs devDependencies into the final image; add --omit=dev (or set NODE_ENV=production), or build in a separate stage and copy only what runs"
RUN npm install -g pnpm && npm install express`);
    expectClean(ID, `FROM node:22-slim
ENV NODE_ENV=production
RUN npm ci`);
    expectClean(ID, `FROM node:22-slim
RUN npm ci && npm run build && npm prune --omit=dev`);
  });

  it('fix adds --omit=dev to npm', () => {
    const before = 'FROM node:22-slim\nRUN npm ci --ignore-scripts\n';
    assert.deepEqual(fixTitles(ID, before), ['Install without devDependencies (--omit=dev)']);
    assert.equal(applyFix(ID, before), 'FROM node:22-slim\nRUN npm ci --omit=dev --ignore-scripts\n');
  });
});
