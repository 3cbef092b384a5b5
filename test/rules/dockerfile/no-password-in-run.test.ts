import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

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

describe(`${ID} fix`, () => {
  before(() => initEngine());

  it('removes the password option of useradd and keeps the user', () => {
    const before = 'FROM debian:12\nRUN useradd -m -p "$HASH" app && echo done\n';
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN useradd -m -p \'$6$s$h\' app && echo done\n'), ['Remove -p and its hash (useradd then creates no password)']);
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN useradd -m --password=\'$6$s$h\' app && echo done\n'), 'FROM debian:12\nRUN useradd -m app && echo done\n');
    assert.equal(applyFix(ID, before.replace('"$HASH"', "'$6$s$h'")), 'FROM debian:12\nRUN useradd -m app && echo done\n');
  });

  it('removes usermod when -p was its only option, and passwd with what pipes into it', () => {
    assert.deepEqual(fixTitles(ID, "FROM debian:12\nRUN usermod -p '$6$s$h' app\n"), ['Remove the usermod command (the user keeps no password)']);
    assert.equal(applyFix(ID, "FROM debian:12\nRUN useradd app && usermod -p '$6$s$h' app\n"), 'FROM debian:12\nRUN useradd app\n');
    assert.equal(applyFix(ID, "FROM debian:12\nRUN usermod -s /bin/sh -p '$6$s$h' app\n"), 'FROM debian:12\nRUN usermod -s /bin/sh app\n');
    assert.deepEqual(fixTitles(ID, 'FROM rockylinux:9\nRUN useradd app && echo pw | passwd --stdin app\n'), ['Remove the passwd command (set up key-based access, or pass the password with RUN --mount=type=secret)']);
    assert.equal(applyFix(ID, 'FROM rockylinux:9\nRUN useradd app && echo pw | passwd --stdin app\n'), 'FROM rockylinux:9\nRUN useradd app\n');
  });
});
