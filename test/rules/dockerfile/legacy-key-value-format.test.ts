import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'legacy-key-value-format';

describe(ID, () => {
  it('flags ENV and LABEL written "key value"', () => {
    expectFindings(ID, `FROM node:22
ENV NODE_ENV production
^^^ legacy-key-value-format ""ENV key=value" should be used instead of legacy "ENV key value" format"
LABEL maintainer Jane Doe
^^^^^ legacy-key-value-format
ONBUILD ENV A b
        ^^^ legacy-key-value-format`);
  });

  it('accepts key=value', () => {
    expectClean(ID, 'FROM node:22\nENV NODE_ENV=production A="b c"\nLABEL a=b\nENV X=\nARG Y');
  });

  it('adds the = and quotes values with spaces (safe)', () => {
    assert.equal(applyFix(ID, 'FROM node:22\nENV NODE_ENV production\n'), 'FROM node:22\nENV NODE_ENV=production\n');
    assert.equal(applyFix(ID, 'FROM node:22\nENV PATH /opt/bin:$PATH\n'), 'FROM node:22\nENV PATH=/opt/bin:$PATH\n');
    assert.equal(applyFix(ID, 'FROM node:22\nLABEL maintainer Jane Doe\n'), 'FROM node:22\nLABEL maintainer="Jane Doe"\n');
    assert.equal(applyFix(ID, 'FROM node:22\nENV MSG "hello world"\n'), 'FROM node:22\nENV MSG="hello world"\n');
    assert.deepEqual(fixTitles(ID, 'FROM node:22\nENV MSG "it\'s" here'), []);
  });
});
