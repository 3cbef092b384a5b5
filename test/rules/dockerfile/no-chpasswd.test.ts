import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
