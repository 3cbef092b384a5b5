import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-pip-trusted-host-env';

describe(ID, () => {
  before(() => initEngine());

  it('flags ENV, ARG and RUN settings', () => {
    expectFindings(ID, `FROM python:3.12-slim
ENV PIP_TRUSTED_HOST=pypi.internal
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-pip-trusted-host-env "ENV sets PIP_TRUSTED_HOST: pip then accepts pypi.internal over plain HTTP or with any certificate, so packages from it are not authenticated"
ARG PIP_TRUSTED_HOST=pypi.internal
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-pip-trusted-host-env
RUN PIP_TRUSTED_HOST=pypi.internal pip install x && export PIP_TRUSTED_HOST=pypi.internal
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-pip-trusted-host-env
#                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-pip-trusted-host-env`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM python:3.12-slim
ENV PIP_INDEX_URL=https://pypi.internal/simple
ARG PIP_TRUSTED_HOST
RUN echo PIP_TRUSTED_HOST=x`);
  });

  it('fix: Remove this ENV', () => {
    const before = `FROM python:3.12-slim
ENV PIP_TRUSTED_HOST=pypi.internal
RUN pip install x
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove this ENV');
    assert.equal(applyFix(ID, before, {}, 0), `FROM python:3.12-slim
RUN pip install x
`);
  });

  it('fix: Remove PIP_TRUSTED_HOST from this ENV (1)', () => {
    const before = `FROM python:3.12-slim
ENV A=1 PIP_TRUSTED_HOST=pypi.internal
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove PIP_TRUSTED_HOST from this ENV');
    assert.equal(applyFix(ID, before, {}, 0), `FROM python:3.12-slim
ENV A=1
`);
  });

  it('fix: Remove PIP_TRUSTED_HOST=pypi.internal (2)', () => {
    const before = `FROM python:3.12-slim
RUN PIP_TRUSTED_HOST=pypi.internal pip install x
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove PIP_TRUSTED_HOST=pypi.internal');
    assert.equal(applyFix(ID, before, {}, 0), `FROM python:3.12-slim
RUN pip install x
`);
  });
});
