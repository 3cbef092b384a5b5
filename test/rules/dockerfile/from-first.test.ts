import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

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

describe(`${ID} fix`, () => {
  it('moves what stands above the first FROM (ARG apart) below it, in order', () => {
    const before = 'MAINTAINER me\n# c\nARG X=1\nLABEL a=b\nFROM alpine:${X}\nRUN x\n';
    assert.deepEqual(fixTitles(ID, before), ['Move the 2 instructions above the first FROM below it']);
    assert.equal(applyFix(ID, before), '# c\nARG X=1\nFROM alpine:${X}\nMAINTAINER me\nLABEL a=b\nRUN x\n');
    assert.deepEqual(fixTitles(ID, 'LABEL a=b\nFROM alpine:3.23\n'), ['Move LABEL below the first FROM']);
  });

  it('offers no fix when there is no FROM', () => {
    assert.deepEqual(fixTitles(ID, 'RUN x\n'), []);
  });
});
