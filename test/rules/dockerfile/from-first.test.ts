import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'from-first';

describe(ID, () => {
  it('flags a first instruction other than FROM or ARG', () => {
    expectFindings(ID, `# syntax=docker/dockerfile:1
RUN apt-get update
^^^ from-first "Invalid instruction order: a Dockerfile must begin with FROM, ARG or a comment, not RUN"
FROM debian:12`);
  });

  it('accepts FROM or ARG first, comments and directives before them, and empty files', () => {
    expectClean(ID, '# syntax=docker/dockerfile:1\n# comment\nARG TAG=12\nFROM debian:${TAG}\nRUN true');
    expectClean(ID, 'FROM debian:12');
    expectClean(ID, '');
  });
});
