import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-python-https-verify-off';

describe(ID, () => {
  before(() => initEngine());

  it('flags ENV, ARG and RUN settings to 0', () => {
    expectFindings(ID, `FROM python:3.12-slim
ENV PYTHONHTTPSVERIFY=0
#   ^^^^^^^^^^^^^^^^^^^ no-python-https-verify-off "ENV sets PYTHONHTTPSVERIFY=0: Python's urllib and http.client then accept any TLS certificate"
ARG PYTHONHTTPSVERIFY=0
#   ^^^^^^^^^^^^^^^^^^^ no-python-https-verify-off
RUN PYTHONHTTPSVERIFY=0 python fetch.py
#   ^^^^^^^^^^^^^^^^^^^ no-python-https-verify-off`);
  });

  it('flags the legacy ENV form', () => {
    expectFindings(ID, `FROM python:3.12-slim
ENV PYTHONHTTPSVERIFY 0
#   ^^^^^^^^^^^^^^^^^^^ no-python-https-verify-off`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM python:3.12-slim
ENV PYTHONHTTPSVERIFY=1
RUN echo PYTHONHTTPSVERIFY=0`);
  });

  it('fix: Remove PYTHONHTTPSVERIFY from this ENV', () => {
    const before = `FROM python:3.12-slim
ENV PYTHONHTTPSVERIFY=0 \\
    PYTHONUNBUFFERED=1
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove PYTHONHTTPSVERIFY from this ENV');
    assert.equal(applyFix(ID, before, {}, 0), `FROM python:3.12-slim
ENV \\
    PYTHONUNBUFFERED=1
`);
  });
});
