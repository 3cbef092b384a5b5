import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-pip-trusted-host';

describe(ID, () => {
  before(() => initEngine());

  it('flags --trusted-host for pip, pip3 and python -m pip', () => {
    expectFindings(ID, `FROM python:3.12-slim
RUN pip install --trusted-host pypi.org flask
#               ^^^^^^^^^^^^^^ no-pip-trusted-host "pip --trusted-host accepts that host over plain HTTP or with any certificate, so packages from it are not authenticated. Serve the index over verified HTTPS instead"
RUN pip3 install --trusted-host=files.pythonhosted.org flask
#                ^^^^^^^^^^^^^^ no-pip-trusted-host
RUN python3 -m pip install --trusted-host pypi.internal -r requirements.txt
#                          ^^^^^^^^^^^^^^ no-pip-trusted-host`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM python:3.12-slim
RUN pip install flask && echo "--trusted-host"
RUN pip install --index-url https://pypi.internal/simple flask
RUN pipenv install --trusted-host x`);
  });

  it('fix: Remove --trusted-host and its host', () => {
    const before = `FROM python:3.12-slim
RUN pip install --no-cache-dir --trusted-host pypi.internal flask
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove --trusted-host and its host');
    assert.equal(applyFix(ID, before, {}, 0), `FROM python:3.12-slim
RUN pip install --no-cache-dir flask
`);
  });

  it('fix: Remove --trusted-host and its host (1)', () => {
    const before = `FROM python:3.12-slim
RUN pip install --trusted-host=pypi.internal flask
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove --trusted-host and its host');
    assert.equal(applyFix(ID, before, {}, 0), `FROM python:3.12-slim
RUN pip install flask
`);
  });
});
