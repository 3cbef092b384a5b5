import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-yum-sslverify-off';

describe(ID, () => {
  before(() => initEngine());

  it('flags --setopt and writes of sslverify=false', () => {
    expectFindings(ID, `FROM rockylinux:9
RUN yum-config-manager --save --setopt=sslverify=false
#                                      ^^^^^^^^^^^^^^^ no-yum-sslverify-off "yum-config-manager sets sslverify=false: yum/dnf then accept any certificate from the repository, so packages and metadata are not authenticated"
RUN echo "sslverify=0" >> /etc/dnf/dnf.conf && dnf --setopt=epel.sslverify=no install -y x
#         ^^^^^^^^^^^ no-yum-sslverify-off
#                                                                ^^^^^^^^^^^^ no-yum-sslverify-off`);
  });

  it('stays quiet when verification stays on or the text is only a comment', () => {
    expectClean(ID, `FROM rockylinux:9
RUN dnf --setopt=sslverify=1 install -y x # sslverify=0
RUN dnf --setopt=sslverify=true install -y y
RUN dnf --setopt=nosslverify=false install -y z`);
  });
});

describe(`${ID} fix`, () => {
  before(() => initEngine());

  it('turns verification back on', () => {
    const before = 'FROM rockylinux:9\nRUN dnf install -y --setopt=epel.sslverify=false httpd\n';
    assert.deepEqual(fixTitles(ID, before), ['Set sslverify=1 (the repository certificate is then checked)']);
    assert.equal(applyFix(ID, before), 'FROM rockylinux:9\nRUN dnf install -y --setopt=epel.sslverify=1 httpd\n');
  });
});
