import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'definition-description-format';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  it('flags comments right above a stage or ARG that do not start with its name (when turned on)', () => {
    expectFindings(ID, `# compiles the sources
FROM golang:1.23 AS build
^^^^ definition-description-format "Comment for FROM should follow the format: \`# build <description>\`; if it is not a description, separate it with an empty line"
# the version
ARG VERSION=1
^^^ definition-description-format "Comment for ARG should follow the format: \`# VERSION <description>\`; if it is not a description, separate it with an empty line"`, on);
  });

  it('accepts descriptions, separated comments, unnamed stages, directives and is off by default', () => {
    expectClean(ID, `# syntax=docker/dockerfile:1
ARG TAG=1
# build compiles the sources
FROM golang:1.23 AS build
# a note

ARG VERSION=1
# a note
#
FROM scratch AS final
# copies the binary
FROM scratch`, on);
    expectClean(ID, '# compiles\nFROM golang:1.23 AS build');
  });
});
