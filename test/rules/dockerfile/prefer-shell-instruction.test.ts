import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'prefer-shell-instruction';

describe(ID, () => {
  before(() => initEngine());

  it('flags ln of /bin/sh', () => {
    expectFindings(ID, `FROM debian:12
RUN ln -sf /bin/bash /bin/sh
    ^^^^^^^^^^^^^^^^^^^^^^^^ prefer-shell-instruction "Linking /bin/sh to another shell changes the shell for every program in the image; use SHELL ["/bin/bash", "-c"] to change the shell of RUN"
RUN apt-get update && ln -s /bin/bash /bin/sh
                      ^^^^^^^^^^^^^^^^^^^^^^^ prefer-shell-instruction`);
  });

  it('accepts SHELL and other links', () => {
    expectClean(ID, 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN ln -s /usr/bin/python3 /usr/bin/python\nRUN echo /bin/sh');
  });
});

describe(`${ID} fix`, () => {
  before(() => initEngine());

  it('replaces a RUN that only relinks /bin/sh with SHELL', () => {
    const before = 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\nRUN echo $0\n';
    assert.deepEqual(fixTitles(ID, before), ['Use SHELL ["/bin/bash", "-c"] instead of relinking /bin/sh (programs that run sh get the image\'s own shell back)']);
    assert.equal(applyFix(ID, before), 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo $0\n');
  });

  it('takes ln out of a longer RUN and writes SHELL after it', () => {
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN apt-get update && ln -sf /bin/bash /bin/sh && echo x\nCMD ["x"]\n'), 'FROM debian:12\nRUN apt-get update && echo x\nSHELL ["/bin/bash", "-c"]\nCMD ["x"]\n');
  });

  it('offers no fix for a target held in a variable', () => {
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN ln -sf "$SH" /bin/sh\n'), []);
  });
});
