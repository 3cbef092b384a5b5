import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'no-password-in-run';

describe(ID, () => {
  before(() => initEngine());

  it('flags passwd --stdin, piped passwd, usermod -p and useradd --password', () => {
    expectFindings(ID, `FROM rockylinux:9
RUN echo secret | passwd --stdin app
#                        ^^^^^^^ no-password-in-run "passwd sets a password from the build: it sits in the Dockerfile and the image history, and a container rarely needs a password login"
RUN printf 'pw\\npw\\n' | passwd app
#                       ^^^^^^ no-password-in-run
RUN usermod -p '$6$salt$hash' app && useradd -m --password "$(openssl passwd -1 x)" bob
#              ^^^^^^^^^^^^^^ no-password-in-run "usermod -p sets a password hash from the Dockerfile: it is in the file and the image history, and can be cracked offline. Create users without a password"
#                                                          ^^^^^^^^^^^^^^^^^^^^^^^^ no-password-in-run`);
  });

  it('stays quiet on locked accounts, passwd without input, chpasswd and strings', () => {
    expectClean(ID, `FROM rockylinux:9
RUN useradd -p '*' app && usermod -p '!' bob && passwd -l root && useradd -m -s /bin/sh carol
RUN echo 'app:x' | chpasswd
RUN echo "usermod -p secret app"`);
  });
});
