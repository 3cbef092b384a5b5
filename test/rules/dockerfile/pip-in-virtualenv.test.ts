import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'pip-in-virtualenv';

describe(ID, () => {
  before(() => initEngine());

  it('flags a builder that pip-installs into its system Python when the final stage copies site-packages', () => {
    const findings = expectFindings(ID, `FROM python:3.12 AS builder
RUN pip install --upgrade pip
RUN pip install --no-cache-dir -r requirements.txt
#   ^^^^^^^^^^^ pip-in-virtualenv "pip installs into the system Python of stage builder, and the final image copies /usr/local/lib/python3.12/site-packages out of it: the packages land among the runtime image's own, tied to the builder's exact interpreter layout. Install into a virtual environment (python -m venv /opt/venv) and copy /opt/venv"
FROM python:3.12-slim
COPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
CMD ["python", "app.py"]`);
    assert.deepEqual(findings[0].related, [{
      path: '/work/Dockerfile',
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 99 } },
      message: 'copies /usr/local/lib/python3.12/site-packages from stage builder',
    }]);
  });

  it('follows the builder chain and sees pip in sh -c and heredocs; copies of /usr/local count', () => {
    expectFindings(ID, `FROM python:3.12-alpine AS base
RUN pip install --no-cache-dir awscli
FROM base AS deps
RUN sh -c 'pip install flask'
#          ^^^^^^^^^^^ pip-in-virtualenv "pip installs into the system Python of stage deps, and the final image copies /usr/local out of stage builder, which is built on it: the packages land among the runtime image's own, tied to the builder's exact interpreter layout. Install into a virtual environment (python -m venv /opt/venv) and copy /opt/venv"
FROM deps AS builder
RUN <<EOF
python3 -m pip install gunicorn
^^^^^^^^^^^^^^^^^^^^^^ pip-in-virtualenv
EOF
FROM base AS user-path
ENV PATH=/root/.local/bin:$PATH
RUN pip install httpx
#   ^^^^^^^^^^^ pip-in-virtualenv
FROM base
COPY --from=builder /usr/local /usr/local
COPY --from=user-path /usr/local/lib/ /usr/local/lib/`);
  });

  it('stays quiet with a virtual environment, --user, --prefix or --target', () => {
    expectClean(ID, `FROM python:3.12 AS venv
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
RUN pip install -r requirements.txt
FROM python:3.12 AS direct
RUN python -m venv /venv && /venv/bin/pip install flask
RUN . /venv/bin/activate && pip install gunicorn
FROM python:3.12 AS isolated
RUN pip install --user flask && pip install --prefix=/install gunicorn && pip install -t /deps httpx
RUN pip install --upgrade pip setuptools wheel
FROM python:3.12-slim
COPY --from=venv /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY --from=direct /usr/local /usr/local
COPY --from=isolated / /`);
  });

  it('stays quiet when nothing of the system interpreter is copied, and in single-stage builds', () => {
    expectClean(ID, `FROM python:3.12 AS builder
RUN pip install build && python -m build --wheel --outdir /dist
FROM python:3.12-slim
COPY --from=builder /dist /dist
COPY --from=builder /root/.local /root/.local`);
    assert.deepEqual(findingsOf(ID, 'FROM python:3.12\nRUN pip install flask\n'), []);
  });

  it('offers no fix', () => {
    assert.deepEqual(fixTitles(ID, 'FROM python:3.12 AS b\nRUN pip install flask\nFROM python:3.12-slim\nCOPY --from=b /usr/local /usr/local\n'), []);
  });
});
