import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'python-env';

describe(ID, () => {
  it('flags a Python final stage without the variables', () => {
    expectFindings(ID, `FROM python:3.13-slim
^^^^^^^^^^^^^^^^^^^^^ python-env "This Python image does not set PYTHONDONTWRITEBYTECODE=1 and PYTHONUNBUFFERED=1: without them Python writes .pyc files at run time and buffers output, so logs arrive late or are lost on a crash"
COPY . /app
CMD ["python", "/app/main.py"]`);
    expectFindings(ID, `FROM debian:13
RUN python3 -m venv /venv && /venv/bin/pip install flask
ENV PYTHONUNBUFFERED=1
ENTRYPOINT /venv/bin/flask run
# [1:1-1:15] python-env "This Python image does not set PYTHONDONTWRITEBYTECODE=1: without them Python writes .pyc files at run time and buffers output, so logs arrive late or are lost on a crash"`);
  });

  it('counts variables inherited from an earlier stage', () => {
    expectClean(ID, `FROM python:3.13-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1
FROM base
COPY . /app`);
  });

  it('ignores base images: no command, or only the bare interpreter', () => {
    expectClean(ID, 'FROM python:3.13-slim\nRUN pip install --upgrade pip');
    expectClean(ID, 'FROM debian:13-slim\nRUN pip install --upgrade pip\nCMD ["python3"]');
  });

  it('ignores non-Python final stages and builders', () => {
    expectClean(ID, `FROM python:3.13 AS build
RUN pip install build
FROM node:24-slim
CMD ["node", "server.js"]`);
  });

  it('inserts the missing ENV after FROM (safe)', () => {
    const before = 'FROM python:3.13-slim AS app\r\n# deps\r\nRUN pip install flask\r\nCMD ["flask", "run"]\r\n';
    assert.equal(findingsOf(ID, before)[0].fixes[0].safe, true);
    assert.equal(applyFix(ID, before), 'FROM python:3.13-slim AS app\r\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\r\n# deps\r\nRUN pip install flask\r\nCMD ["flask", "run"]\r\n');
    assert.equal(applyFix(ID, 'FROM python:3.13\nENV PYTHONDONTWRITEBYTECODE=1\nCMD ["python", "a.py"]'), 'FROM python:3.13\nENV PYTHONUNBUFFERED=1\nENV PYTHONDONTWRITEBYTECODE=1\nCMD ["python", "a.py"]');
  });
});
