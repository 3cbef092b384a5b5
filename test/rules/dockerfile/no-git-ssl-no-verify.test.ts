import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-git-ssl-no-verify';

describe(ID, () => {
  before(() => initEngine());

  it('flags any value in ENV, ARG and RUN', () => {
    expectFindings(ID, `FROM debian:12
ENV GIT_SSL_NO_VERIFY=true
#   ^^^^^^^^^^^^^^^^^^^^^^ no-git-ssl-no-verify "ENV sets GIT_SSL_NO_VERIFY: git then accepts any TLS certificate (whatever the value), so cloned code is not authenticated"
ARG GIT_SSL_NO_VERIFY=false
#   ^^^^^^^^^^^^^^^^^^^^^^^ no-git-ssl-no-verify
RUN GIT_SSL_NO_VERIFY=1 git clone https://git.internal/app.git
#   ^^^^^^^^^^^^^^^^^^^ no-git-ssl-no-verify`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM debian:12
ARG GIT_SSL_NO_VERIFY
RUN echo GIT_SSL_NO_VERIFY=1 && git clone https://example.com/x.git`);
  });

  it('fix: Remove GIT_SSL_NO_VERIFY=1', () => {
    const before = `FROM debian:12
RUN GIT_SSL_NO_VERIFY=1 git clone https://git.internal/app.git
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove GIT_SSL_NO_VERIFY=1');
    assert.equal(applyFix(ID, before, {}, 0), `FROM debian:12
RUN git clone https://git.internal/app.git
`);
  });
});
