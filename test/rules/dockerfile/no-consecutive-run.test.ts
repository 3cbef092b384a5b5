import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
