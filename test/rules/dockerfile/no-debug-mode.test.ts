import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-debug-mode';

describe(ID, () => {
  it('flags debug and development settings in the final stage', () => {
    expectFindings(ID, `FROM python:3.13-slim
ENV FLASK_DEBUG=1 PORT=8000
#   ^^^^^^^^^^^^^ no-debug-mode "FLASK_DEBUG=1 puts the application in debug/development mode in the image that ships (verbose errors, debuggers, unoptimised code); set FLASK_DEBUG=0"
ENV NODE_ENV development
#   ^^^^^^^^^^^^^^^^^^^^ no-debug-mode
ENV ASPNETCORE_ENVIRONMENT="Development"
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-debug-mode`);
  });

  it('follows ENV inherited from an earlier stage and ARG defaults', () => {
    expectFindings(ID, `FROM node:24 AS base
ENV NODE_ENV=development
#   ^^^^^^^^^^^^^^^^^^^^ no-debug-mode "NODE_ENV=development is inherited by the final stage and puts the application in debug/development mode in the image that ships (verbose errors, debuggers, unoptimised code); set NODE_ENV=production"
FROM base
CMD ["node", "server.js"]`);
    expectFindings(ID, `FROM ruby:3.4
ARG RAILS_ENV=development
ENV RAILS_ENV=\${RAILS_ENV}
#   ^^^^^^^^^^^^^^^^^^^^^^ no-debug-mode`);
  });

  it('stays quiet for production values, later overrides, builders, unknown ARGs and dev Dockerfiles', () => {
    expectClean(ID, `FROM node:24 AS build
ENV NODE_ENV=development
RUN npm ci
FROM node:24-slim
ARG APP_ENV
ENV APP_ENV=$APP_ENV DEBUG=false
ENV FLASK_DEBUG=1
ENV FLASK_DEBUG=0`);
    expectClean(ID, 'FROM node:24\nENV NODE_ENV=development', { path: '/work/Dockerfile.dev' });
    expectClean(ID, 'FROM node:24\nENV NODE_ENV=development', { path: '/work/dev.Dockerfile' });
    expectClean(ID, 'FROM python:3.13 AS builder\nENV FLASK_ENV development\nFROM builder AS dev-envs\nRUN apk add git');
  });

  it('sets the production value where it is written (unsafe), keeping quotes and style', () => {
    assert.equal(findingsOf(ID, 'FROM node:24\nENV NODE_ENV=development')[0].fixes[0].safe, false);
    assert.equal(applyFix(ID, 'FROM node:24\nENV NODE_ENV=development PORT=3000\n'), 'FROM node:24\nENV NODE_ENV=production PORT=3000\n');
    assert.equal(applyFix(ID, 'FROM python:3.13\nENV DJANGO_DEBUG="True"\n'), 'FROM python:3.13\nENV DJANGO_DEBUG="False"\n');
    assert.equal(applyFix(ID, 'FROM ruby:3.4\nARG RAILS_ENV=development\nENV RAILS_ENV=${RAILS_ENV}\n'), 'FROM ruby:3.4\nARG RAILS_ENV=production\nENV RAILS_ENV=${RAILS_ENV}\n');
    assert.equal(applyFix(ID, 'FROM golang:1.26\nENV GIN_MODE debug\n'), 'FROM golang:1.26\nENV GIN_MODE release\n');
    assert.deepEqual(fixTitles(ID, 'FROM node:24\nENV NODE_ENV=${MODE:-development}'), []);
  });
});
