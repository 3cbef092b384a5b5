import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-wget-no-check-certificate';

describe(ID, () => {
  before(() => initEngine());

  it('flags --no-check-certificate, also for busybox wget and in sh -c', () => {
    expectFindings(ID, `FROM alpine:3.20
RUN wget --no-check-certificate -qO- https://example.com/a | tar -x
#        ^^^^^^^^^^^^^^^^^^^^^^ no-wget-no-check-certificate "wget --no-check-certificate turns off TLS certificate verification: anyone on the network path can hand the build a different file. Install the CA certificate instead"
RUN busybox wget --no-check-certificate https://example.com
#                ^^^^^^^^^^^^^^^^^^^^^^ no-wget-no-check-certificate
RUN sh -c 'wget --no-check-certificate https://example.com'
#               ^^^^^^^^^^^^^^^^^^^^^^ no-wget-no-check-certificate`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM alpine:3.20
RUN echo wget --no-check-certificate
RUN curl --no-check-certificate https://example.com
RUN wget -O- https://example.com # --no-check-certificate`);
  });

  it('fix: Remove --no-check-certificate', () => {
    const before = `FROM alpine:3.20
RUN wget --no-check-certificate -qO /tmp/x https://example.com
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove --no-check-certificate');
    assert.equal(applyFix(ID, before, {}, 0), `FROM alpine:3.20
RUN wget -qO /tmp/x https://example.com
`);
  });
});
