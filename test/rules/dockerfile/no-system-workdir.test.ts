import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

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

describe(`${ID} fix`, () => {
  it('moves the application to /app', () => {
    const before = 'FROM python:3.13-slim\nWORKDIR /usr/bin\nCOPY app.py .\n';
    assert.deepEqual(fixTitles(ID, before), ['Use WORKDIR /app (paths that name the old directory must follow)']);
    assert.equal(applyFix(ID, before), 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\n');
    assert.equal(applyFix(ID, 'FROM python:3.13-slim\nWORKDIR /\nCOPY . .\n'), 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\n');
  });

  it('offers no fix for a directory named through a variable', () => {
    assert.deepEqual(findingsOf(ID, 'FROM python:3.13-slim\nARG CONF=/etc/\nWORKDIR ${CONF}\n').map((f) => f.fixes.length), [0]);
  });
});
