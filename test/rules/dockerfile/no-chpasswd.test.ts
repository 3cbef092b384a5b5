import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-chpasswd';

describe(ID, () => {
  before(() => initEngine());

  it('flags chpasswd, piped or not, in every stage', () => {
    expectFindings(ID, `FROM debian:12 AS build
RUN echo 'root:secret' | chpasswd
#                        ^^^^^^^^ no-chpasswd "chpasswd sets a password during the build: the password sits in the Dockerfile and the image history, and a container rarely needs a password login. Use key-based access or none, and RUN --mount=type=secret if a password is unavoidable"
FROM debian:12
RUN useradd app && chpasswd -e < /tmp/hashes && sh -c 'echo app:x | chpasswd'
#                  ^^^^^^^^ no-chpasswd
#                                                                   ^^^^^^^^ no-chpasswd`);
  });

  it('stays quiet when chpasswd is only mentioned', () => {
    expectClean(ID, `FROM debian:12
RUN echo "do not use chpasswd" # echo root:x | chpasswd
RUN apt-get install -y passwd`);
  });
});

describe(`${ID} fix`, () => {
  before(() => initEngine());

  it('removes the chpasswd pipeline and its joiner, keeping the other lines as written', () => {
    const before = 'FROM debian:12\nRUN useradd -m app \\\n && echo "app:pw" | chpasswd \\\n && apt-get update\nUSER app\n';
    assert.deepEqual(fixTitles(ID, before), ['Remove the chpasswd pipeline (set up key-based access, or pass the password with RUN --mount=type=secret)']);
    assert.equal(applyFix(ID, before), 'FROM debian:12\nRUN useradd -m app \\\n && apt-get update\nUSER app\n');
  });

  it('removes a leading chpasswd with the && after it, and a RUN that only runs chpasswd', () => {
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN chpasswd < /tmp/pw; rm /tmp/pw\n'), 'FROM debian:12\nRUN rm /tmp/pw\n');
    const only = 'FROM debian:12\nRUN echo root:x | chpasswd\nUSER nobody\n';
    assert.deepEqual(fixTitles(ID, only), ['Remove the chpasswd pipeline (set up key-based access, or pass the password with RUN --mount=type=secret)']);
    assert.equal(applyFix(ID, only), 'FROM debian:12\nUSER nobody\n');
  });

  it('offers no fix inside sh -c, after ||, or in a condition', () => {
    assert.deepEqual(fixTitles(ID, "FROM debian:12\nRUN sh -c 'echo a:x | chpasswd'\n"), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN true || chpasswd < /x\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN if chpasswd < /x; then echo ok; fi\n'), []);
  });
});
