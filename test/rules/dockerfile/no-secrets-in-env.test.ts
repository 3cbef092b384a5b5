import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-secrets-in-env';

describe(ID, () => {
  it('flags secret-looking ENV and ARG names with or without a value', () => {
    expectFindings(ID, `ARG NPM_TOKEN
#   ^^^^^^^^^ no-secrets-in-env "ARG NPM_TOKEN looks like a secret: build arguments are recorded in the image history and build provenance; use RUN --mount=type=secret,id=npm_token instead"
FROM node:24
ENV DB_PASSWORD=hunter2 APP_PORT=8080
#   ^^^^^^^^^^^ no-secrets-in-env "ENV DB_PASSWORD looks like a secret: ENV values are stored in the image config, readable by anyone who pulls it; use RUN --mount=type=secret,id=db_password at build time or pass it at run time"
ENV AWS_SECRET_ACCESS_KEY \${AWS_SECRET_ACCESS_KEY}
#   ^^^^^^^^^^^^^^^^^^^^^ no-secrets-in-env
ARG api_key=abc
#   ^^^^^^^ no-secrets-in-env`);
  });

  it('judges names by their underscore-separated words, as BuildKit does', () => {
    expectFindings(ID, `FROM alpine:3.23
ENV AUTH=x KEY=y PWORD=z CREDENTIALS_FILE=c
#   ^^^^ no-secrets-in-env
#          ^^^ no-secrets-in-env
#                ^^^^^ no-secrets-in-env
#                        ^^^^^^^^^^^^^^^^ no-secrets-in-env`);
    expectClean(ID, `FROM alpine:3.23
ENV PUBLIC_KEY=abc KEYBOARD=us TOKENIZERS_PARALLELISM=false AUTHOR=me PASSWORDLESS=1 MONKEY=1
ARG GPG_PUBLIC_KEY`);
  });

  it('stays quiet on names about a secret: key ids, file paths, roles, switches, key fingerprints', () => {
    expectClean(ID, `FROM python:3.14
ENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D
ENV NODE_GPG_KEYS="4ED778F539E3634C779C87C6D7062848A1AB005C 141F07595B7B3FFE74309A937405533BE57C7D57"
ENV AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_ACCESS_KEY=AKIDEXAMPLE
ENV DB_PASSWORD_FILE=/run/secrets/db_password TOKEN_PATH=\$HOME/.token
ENV GF_AUTH_ANONYMOUS_ORG_ROLE=Admin GF_AUTH_ANONYMOUS_ENABLED=true`);
  });

  it('still flags key-looking names whose value is not a fingerprint, and ARGs without a value', () => {
    expectFindings(ID, `FROM python:3.14
ENV GPG_KEY=hunter2 SIGNING_KEY=0123456789abcdefXYZ
#   ^^^^^^^ no-secrets-in-env
#                   ^^^^^^^^^^^ no-secrets-in-env
ARG AWS_SECRET_ACCESS_KEY
#   ^^^^^^^^^^^^^^^^^^^^^ no-secrets-in-env`);
  });

  it('judges every stage, multi-line ENV and the escape directive', () => {
    expectFindings(ID, `# escape=\`
FROM golang:1.26 AS build
ARG GITHUB_TOKEN
#   ^^^^^^^^^^^^ no-secrets-in-env
FROM scratch
ENV A=1 \`
    SECRET=2
#   ^^^^^^ no-secrets-in-env`);
  });
});

describe(`${ID} fix`, () => {
  const D = 'FROM node:22 AS build\nARG NPM_TOKEN\nENV API_KEY=abc123 MODE=prod\nCOPY . .\nRUN echo "//r/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\nRUN npm run build\nFROM build\nRUN curl -H "X: $API_KEY" x\n';

  it('removes the ARG and mounts a build secret as the variable on the RUN that uses it', () => {
    assert.deepEqual(fixTitles(ID, D), ['Read NPM_TOKEN from a build secret on the RUN that uses it (docker build --secret id=npm_token,env=NPM_TOKEN)']);
    assert.equal(applyFix(ID, D), 'FROM node:22 AS build\nENV API_KEY=abc123 MODE=prod\nCOPY . .\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN echo "//r/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\nRUN npm run build\nFROM build\nRUN curl -H "X: $API_KEY" x\n');
  });

  it('takes an ENV property out of its instruction and follows it into the stages built on it', () => {
    assert.deepEqual(fixTitles(ID, D, {}, 1), ['Read API_KEY from a build secret on the RUN that uses it (docker build --secret id=api_key,env=API_KEY); pass it with docker run -e API_KEY if the application reads it']);
    assert.equal(applyFix(ID, D, {}, 1), 'FROM node:22 AS build\nARG NPM_TOKEN\nENV MODE=prod\nCOPY . .\nRUN echo "//r/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\nRUN npm run build\nFROM build\nRUN --mount=type=secret,id=api_key,env=API_KEY curl -H "X: $API_KEY" x\n');
  });

  it('mounts the secret on every later RUN of the stage when none names it (a tool may read it from the environment)', () => {
    const before = 'FROM python:3.13\nRUN pip install -U pip\nARG PIP_INDEX_PASSWORD\nRUN pip install -r requirements.txt\nRUN python setup.py build\n';
    assert.deepEqual(fixTitles(ID, before), ['Read PIP_INDEX_PASSWORD from a build secret on every later RUN of the stage (docker build --secret id=pip_index_password,env=PIP_INDEX_PASSWORD)']);
    assert.equal(applyFix(ID, before), 'FROM python:3.13\nRUN pip install -U pip\nRUN --mount=type=secret,id=pip_index_password,env=PIP_INDEX_PASSWORD pip install -r requirements.txt\nRUN --mount=type=secret,id=pip_index_password,env=PIP_INDEX_PASSWORD python setup.py build\n');
  });

  it('removes an ENV no RUN follows, and an unused global ARG', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nENV DB_PASSWORD=x\nCMD ["app"]\n'), ['Remove ENV DB_PASSWORD from the image (pass it with docker run -e DB_PASSWORD if the application reads it)']);
    assert.equal(applyFix(ID, 'FROM alpine:3.23\nENV DB_PASSWORD=x\nCMD ["app"]\n'), 'FROM alpine:3.23\nCMD ["app"]\n');
    assert.equal(applyFix(ID, 'ARG GITHUB_TOKEN\nFROM alpine:3.23\nRUN echo hi\n'), 'FROM alpine:3.23\nRUN echo hi\n');
  });

  it('offers no fix when another instruction uses the variable, it is declared again, or a stage declares the global ARG', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nARG TOKEN\nLABEL t=$TOKEN\nRUN echo $TOKEN\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nENV TOKEN=a\nRUN echo $TOKEN\nENV TOKEN=b\n'), []);
    assert.deepEqual(fixTitles(ID, 'ARG GITHUB_TOKEN\nFROM alpine:3.23\nARG GITHUB_TOKEN\nRUN echo $GITHUB_TOKEN\n'), []);
  });
});
