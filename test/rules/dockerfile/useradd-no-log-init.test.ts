import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'useradd-no-log-init';

describe(ID, () => {
  before(() => initEngine());

  it('flags useradd with a six-digit UID and no -l', () => {
    expectFindings(ID, `FROM debian:12
RUN useradd -u 1000000 -m app
    ^^^^^^^ useradd-no-log-init "useradd with UID 1000000 and without -l writes sparse lastlog and faillog entries that can make the image gigabytes larger; add -l (--no-log-init)"
RUN groupadd g && useradd --uid=123456 app2
                  ^^^^^^^ useradd-no-log-init`);
  });

  it('accepts -l, --no-log-init, small UIDs and variables', () => {
    expectClean(ID, `FROM debian:12
RUN useradd -l -u 1000000 app
RUN useradd --no-log-init -u 1000000 app
RUN useradd -lm -u 1000000 app
RUN useradd -u 10001 app
RUN useradd -u $UID app
RUN useradd app`);
  });

  it('adds -l (safe)', () => {
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN useradd -u 1000000 app\n'), 'FROM debian:12\nRUN useradd -l -u 1000000 app\n');
  });
});
