import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'duplicate-stage-name';

describe(ID, () => {
  it('flags a reused stage name, case-insensitively', () => {
    expectFindings(ID, `FROM node:24 AS build
FROM golang:1.26 AS Build
#                   ^^^^^ duplicate-stage-name "Stage name 'build' is already used on line 1; stage names must be unique"
from alpine:3.23 as BUILD
#                   ^^^^^ duplicate-stage-name`);
  });

  it('accepts unique names and unnamed stages', () => {
    expectClean(ID, `FROM node:24 AS web
FROM golang:1.26 AS api
FROM alpine:3.23
FROM alpine:3.23`);
  });
});
