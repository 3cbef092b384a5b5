import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-root-user';

describe(ID, () => {
  it('flags USER root as the last user of the final stage', () => {
    expectFindings(ID, `FROM python:3.12-slim
RUN pip install flask
USER root
#    ^^^^ no-root-user "The final stage runs as root (USER root); switch to an unprivileged user before CMD/ENTRYPOINT"
CMD ["python", "app.py"]`);
  });

  it('flags USER 0 and USER 0:0', () => {
    expectFindings(ID, `FROM debian:12
USER 0:0
#    ^^^ no-root-user`);
    expectFindings(ID, `FROM debian:12
USER 0
#    ^ no-root-user`);
  });

  it('judges only the final stage', () => {
    expectClean(ID, `FROM golang:1.23 AS build
USER root
RUN go build -o /app .
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /app /app
ENTRYPOINT ["/app"]`);
  });

  it('follows the user inherited from an earlier stage', () => {
    expectFindings(ID, `FROM debian:12 AS base
USER root
FROM base
^^^^^^^^^ no-root-user "The final stage inherits USER root from stage 'base' and runs as root"
CMD ["sh"]`);
  });

  it('stays quiet when the last USER is not root, or unknown', () => {
    expectClean(ID, `FROM debian:12
USER root
RUN apt-get update
USER 10001`);
    expectClean(ID, `ARG RUNTIME_USER
FROM debian:12
USER $RUNTIME_USER`);
    expectClean(ID, `FROM debian:12
CMD ["sh"]`);
  });

  it('resolves USER from a global ARG default', () => {
    expectFindings(ID, `ARG RUN_AS=root
FROM debian:12
USER \${RUN_AS}
#    ^^^^^^^^^ no-root-user`);
  });

  it('does not judge Windows images', () => {
    expectClean(ID, `FROM mcr.microsoft.com/windows/servercore:ltsc2022
USER root`);
  });

  it('inserts a created user before CMD on a Debian-based image, keeping build steps as root', () => {
    const before = `FROM python:3.12-slim
USER root
RUN apt-get update
CMD ["python", "app.py"]
`;
    assert.deepEqual(fixTitles(ID, before), ['Create an unprivileged user and run as it', 'Run as UID 65532 (no user entry needed)']);
    assert.equal(applyFix(ID, before), `FROM python:3.12-slim
USER root
RUN apt-get update
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
USER 10001:10001
CMD ["python", "app.py"]
`);
    assert.equal(applyFix(ID, before, {}, 0, 1), `FROM python:3.12-slim
USER root
RUN apt-get update
USER 65532:65532
CMD ["python", "app.py"]
`);
  });

  it('offers the node user on node images and appends at the end when nothing trails', () => {
    const before = `FROM node:22-bookworm
USER root
RUN npm ci`;
    assert.equal(applyFix(ID, before), `FROM node:22-bookworm
USER root
RUN npm ci
USER node`);
  });

  it('uses adduser on Alpine and keeps CRLF line endings', () => {
    const before = 'FROM alpine:3.20\r\nUSER root\r\nENTRYPOINT ["/app"]\r\n';
    assert.equal(applyFix(ID, before),
      'FROM alpine:3.20\r\nUSER root\r\nRUN addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app app\r\nUSER 10001:10001\r\nENTRYPOINT ["/app"]\r\n');
  });

  it('honours shipshape-ignore on the line above', () => {
    expectClean(ID, `FROM debian:12
# shipshape-ignore no-root-user -- the init script drops privileges itself
USER root`);
  });
});
