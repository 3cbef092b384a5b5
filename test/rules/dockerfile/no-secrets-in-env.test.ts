import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
