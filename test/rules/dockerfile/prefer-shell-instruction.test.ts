import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
