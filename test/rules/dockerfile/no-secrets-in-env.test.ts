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
ENV AUTH=x KEY=y PWORD=z CREDENTIALS_FILE=/c
#   ^^^^ no-secrets-in-env
#          ^^^ no-secrets-in-env
#                ^^^^^ no-secrets-in-env
#                        ^^^^^^^^^^^^^^^^ no-secrets-in-env`);
    expectClean(ID, `FROM alpine:3.23
ENV PUBLIC_KEY=abc KEYBOARD=us TOKENIZERS_PARALLELISM=false AUTHOR=me PASSWORDLESS=1 MONKEY=1
ARG GPG_PUBLIC_KEY`);
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
