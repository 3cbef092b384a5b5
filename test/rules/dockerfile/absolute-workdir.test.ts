import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'absolute-workdir';

describe(ID, () => {
  it('flags relative paths in any stage', () => {
    expectFindings(ID, `FROM node:24-slim AS build
WORKDIR app
#       ^^^ absolute-workdir "WORKDIR 'app' is relative: it resolves against whatever working directory the base image has; use an absolute path"
FROM node:24-slim
WORKDIR "src/web"
#       ^^^^^^^^^ absolute-workdir`);
  });

  it('accepts absolute, variable and Windows paths', () => {
    expectClean(ID, `FROM node:24-slim
WORKDIR /app
WORKDIR $HOME/app
WORKDIR \${APP_DIR}
WORKDIR "/srv/my app"
FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\\app
WORKDIR c:/tools`);
  });

  it('makes the path absolute when an earlier WORKDIR is known (safe)', () => {
    assert.equal(applyFix(ID, 'FROM node:24-slim\nWORKDIR /app\nWORKDIR src\n'), 'FROM node:24-slim\nWORKDIR /app\nWORKDIR /app/src\n');
    assert.equal(applyFix(ID, 'FROM node:24-slim AS base\nWORKDIR /srv/\nFROM base\nWORKDIR ./web\n'), 'FROM node:24-slim AS base\nWORKDIR /srv/\nFROM base\nWORKDIR /srv/web\n');
    assert.equal(applyFix(ID, 'FROM node:24-slim\nARG D=/opt\nWORKDIR $D\nWORKDIR x\n'), 'FROM node:24-slim\nARG D=/opt\nWORKDIR $D\nWORKDIR /opt/x\n');
    assert.deepEqual(fixTitles(ID, 'FROM node:24-slim\nWORKDIR app'), []);
    assert.deepEqual(fixTitles(ID, 'FROM node:24-slim\nARG D\nWORKDIR $D\nWORKDIR app'), []);
  });

  it('judges a WORKDIR above the first FROM, or in a fragment without one', () => {
    expectFindings(ID, `WORKDIR relative/dir
#       ^^^^^^^^^^^^ absolute-workdir "WORKDIR 'relative/dir' is relative: it resolves against whatever working directory the base image has; use an absolute path"
FROM node:24-slim
WORKDIR /app`);
    expectClean(ID, 'ARG DIR=/srv\nWORKDIR /usr/local\nWORKDIR $DIR');
    assert.equal(applyFix(ID, 'WORKDIR /app\nWORKDIR src\n'), 'WORKDIR /app\nWORKDIR /app/src\n');
  });

  it('judges ONBUILD WORKDIR, without a fix (the downstream directory is not known)', () => {
    expectFindings(ID, `FROM node:24-slim
WORKDIR /app
ONBUILD WORKDIR src
#               ^^^ absolute-workdir "WORKDIR 'src' is relative: it resolves against whatever working directory the base image has; use an absolute path"`);
    assert.deepEqual(fixTitles(ID, 'FROM node:24-slim\nWORKDIR /app\nONBUILD WORKDIR src'), []);
    expectClean(ID, 'FROM node:24-slim\nONBUILD WORKDIR /app\nONBUILD RUN cd src && make');
  });
});
