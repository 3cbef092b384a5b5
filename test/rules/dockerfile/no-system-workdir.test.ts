import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'no-system-workdir';

describe(ID, () => {
  it('flags system directories in the final stage', () => {
    expectFindings(ID, `FROM python:3.13-slim
WORKDIR /usr/bin
#       ^^^^^^^^ no-system-workdir "WORKDIR /usr/bin is a system directory: files the application writes or gets copied land among the operating system's; use a directory of its own such as /app"
ARG CONF=/etc/
WORKDIR \${CONF}
#       ^^^^^^^ no-system-workdir`);
  });

  it('flags WORKDIR / only when files are copied to a relative destination', () => {
    expectFindings(ID, `FROM python:3.13-slim
WORKDIR /
#       ^ no-system-workdir "WORKDIR / makes 'COPY … .' on line 3 copy into the filesystem root; use a directory of its own such as /app"
COPY . .`);
    expectClean(ID, `FROM python:3.13-slim
WORKDIR /
COPY app.py /app/
ENTRYPOINT ["python", "/app/app.py"]`);
  });

  it('ignores builder stages, own directories and unknown paths', () => {
    expectClean(ID, `FROM golang:1.26 AS build
WORKDIR /usr/src
WORKDIR /
COPY . .
FROM debian:13
WORKDIR /usr/src/app
WORKDIR /var/www
ARG DIR
WORKDIR $DIR
COPY . .`);
  });
});
