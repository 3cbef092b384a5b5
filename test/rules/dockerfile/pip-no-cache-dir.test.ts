import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'pip-no-cache-dir';

describe(ID, () => {
  before(() => initEngine());

  it('flags pip install without --no-cache-dir in the shipped stages only', () => {
    expectFindings(ID, `FROM python:3.12 AS build
RUN pip install -r requirements.txt
FROM python:3.12-slim AS base
RUN pip install -r requirements.txt
#   ^^^^^^^^^^^ pip-no-cache-dir "pip install keeps a copy of every downloaded package in ~/.cache/pip, in this layer of the shipped image: add --no-cache-dir"
FROM base
COPY --from=build /wheels /wheels
RUN python -m pip install --upgrade pip \\
#   ^^^^^^^^^^^^^^^^^^^^^ pip-no-cache-dir
 && pip3 install /wheels/*
#   ^^^^^^^^^^^^ pip-no-cache-dir`);
  });

  it('sees pip inside sh -c and heredocs', () => {
    expectFindings(ID, `FROM python:3.12
RUN sh -c 'pip install flask'
#          ^^^^^^^^^^^ pip-no-cache-dir
RUN <<EOF
pip install gunicorn
^^^^^^^^^^^ pip-no-cache-dir
EOF`);
  });

  it('stays quiet when the cache is off or kept out of the layer', () => {
    expectClean(ID, `FROM python:3.12
RUN pip install --no-cache-dir flask && pip --no-cache-dir install gunicorn
RUN PIP_NO_CACHE_DIR=1 pip install a && env PIP_NO_CACHE_DIR=off pip install b
RUN export PIP_NO_CACHE_DIR=1 && pip install c
RUN --mount=type=cache,target=/root/.cache/pip pip install d
RUN pip install e && rm -rf /root/.cache
RUN pip install e2 && rm -rf ~/.cache/pip "$HOME/.cache/pip/*"
RUN echo "pip install f" && pip wheel -w /wheels g && uv pip install h
FROM python:3.12 AS env
ENV PIP_NO_CACHE_DIR=1
RUN pip install i
FROM python:3.12 AS configured
RUN pip config set global.no-cache-dir false
RUN pip install j`);
  });

  it('adds --no-cache-dir after install (safe)', () => {
    const before = 'FROM python:3.12\nRUN pip install -r requirements.txt \\\n && python -m pip check\n';
    assert.deepEqual(fixTitles(ID, before), ['Add --no-cache-dir']);
    assert.equal(applyFix(ID, before), 'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt \\\n && python -m pip check\n');
    assert.equal(applyFix(ID, 'FROM python:3.12\nRUN ["pip", "install", "flask"]\n'), 'FROM python:3.12\nRUN ["pip", "install", "--no-cache-dir", "flask"]\n');
    assert.equal(applyFix(ID, 'FROM python:3.12\nRUN sh -c "python3 -m pip install flask"\n'), 'FROM python:3.12\nRUN sh -c "python3 -m pip install --no-cache-dir flask"\n');
  });
  it('agrees with hadolint DL3042 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN pip install MySQL_python', true],
      ['RUN pip install --no-cache-dir MySQL_python', false],
      ['RUN pip3 install MySQL_python', true],
      ['RUN python -m pip install MySQL_python', true],
      ['RUN pipenv install MySQL_python', false],
      ['ENV PIP_NO_CACHE_DIR=1\nRUN pip install MySQL_python', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});
