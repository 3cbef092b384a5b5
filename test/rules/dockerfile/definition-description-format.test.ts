import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

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

describe(`${ID} fix`, () => {
  it('separates the comment from the instruction with an empty line (safe)', () => {
    const before = '# compiles the sources\nFROM golang:1.23 AS build\n';
    assert.deepEqual(fixTitles(ID, before, on), ['Separate the comment from FROM with an empty line (it is then no description)']);
    assert.equal(applyFix(ID, before, on), '# compiles the sources\n\nFROM golang:1.23 AS build\n');
  });
});
