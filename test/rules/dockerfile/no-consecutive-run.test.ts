import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-consecutive-run';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  it('flags a RUN right after a RUN with the same flags (when turned on)', () => {
    expectFindings(ID, `FROM debian:12
RUN apt-get update && apt-get install -y curl
RUN rm -rf /var/lib/apt/lists/*
^^^ no-consecutive-run "Multiple consecutive RUN instructions (line 2 and this one): consider joining them with && into one layer"
# a comment does not separate them
RUN echo done
^^^ no-consecutive-run`, on);
  });

  it('accepts RUNs separated by other instructions or with different flags, and is off by default', () => {
    expectClean(ID, 'FROM debian:12\nRUN a\nENV X=1\nRUN b\nRUN --mount=type=cache,target=/root/.cache c\nFROM debian:12\nRUN d', on);
    expectClean(ID, 'FROM debian:12\nRUN a\nRUN b');
  });
});

describe(`${ID} fix`, () => {
  it('joins the RUN to the one above with && and a continuation', () => {
    const before = 'FROM debian:12\n  RUN apt-get update\n  RUN apt-get install -y curl\nCMD ["x"]\n';
    assert.deepEqual(fixTitles(ID, before, on), ['Join with the RUN above (one layer; a cd or variable set there now carries over)']);
    assert.equal(applyFix(ID, before, on), 'FROM debian:12\n  RUN apt-get update && \\\n      apt-get install -y curl\nCMD ["x"]\n');
  });

  it('offers no fix for exec form, a comment between, a trailing operator or a trailing comment line', () => {
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN ["a"]\nRUN b\n', on), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN a\n# why\nRUN b\n', on), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN a &\nRUN b\n', on), []);
  });
});
