import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'prefer-exec-form';

describe(ID, () => {
  it('flags shell-form CMD and ENTRYPOINT in every stage', () => {
    expectFindings(ID, `FROM node:24 AS test
CMD npm test
#   ^^^^^^^^ prefer-exec-form "CMD in shell form runs under /bin/sh -c: the application is not PID 1 and does not receive SIGTERM on stop; use the JSON (exec) form"
FROM node:24-slim
ENTRYPOINT /usr/local/bin/start.sh --port 8080
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ prefer-exec-form`);
  });

  it('accepts exec form, stages with their own SHELL and Windows images', () => {
    expectClean(ID, `FROM node:24-slim
CMD ["node", "server.js"]
ENTRYPOINT ["docker-entrypoint.sh"]
FROM debian:13
SHELL ["/bin/bash", "-c"]
CMD echo hi
FROM mcr.microsoft.com/windows/servercore:ltsc2022
CMD dir`);
  });

  it('converts plain word lists (safe when only one of CMD/ENTRYPOINT is used)', () => {
    const before = 'FROM python:3.13-slim\nCMD gunicorn --bind 0.0.0.0:8000 app:app\nEXPOSE 8000\n';
    assert.equal(findingsOf(ID, before)[0].fixes[0].safe, true);
    assert.equal(applyFix(ID, before), 'FROM python:3.13-slim\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\nEXPOSE 8000\n');
    const both = 'FROM python:3.13-slim\nENTRYPOINT ["tini", "--"]\nCMD python app.py\n';
    assert.equal(findingsOf(ID, both)[0].fixes[0].safe, false);
    assert.equal(applyFix(ID, both), 'FROM python:3.13-slim\nENTRYPOINT ["tini", "--"]\nCMD ["python", "app.py"]\n');
  });

  it('offers no conversion when a shell is needed', () => {
    assert.deepEqual(fixTitles(ID, 'FROM a:1\nCMD python app.py --port $PORT'), []);
    assert.deepEqual(fixTitles(ID, 'FROM a:1\nCMD ./migrate && ./serve'), []);
    assert.deepEqual(fixTitles(ID, 'FROM a:1\nCMD echo "hello world"'), []);
    assert.deepEqual(fixTitles(ID, 'FROM a:1\nCMD ENV=prod ./serve'), []);
    assert.deepEqual(fixTitles(ID, 'FROM a:1\nCMD cat *.txt'), []);
    assert.deepEqual(fixTitles(ID, 'FROM a:1\nCMD ./serve # comment'), []);
    assert.deepEqual(fixTitles(ID, 'FROM a:1\nCMD ./serve \\\n  --port 80'), []);
  });

  it('judges CMD and ENTRYPOINT in a fragment without FROM', () => {
    expectFindings(ID, `ENTRYPOINT mysql
#          ^^^^^ prefer-exec-form "ENTRYPOINT in shell form runs under /bin/sh -c: the application is not PID 1 and does not receive SIGTERM on stop; use the JSON (exec) form"`);
    expectClean(ID, 'CMD ["./somefile"]');
    expectClean(ID, 'SHELL ["/bin/bash", "-c"]\nCMD ./somefile');
    assert.equal(applyFix(ID, 'CMD ./somefile --verbose\n'), 'CMD ["./somefile", "--verbose"]\n');
  });

  it('judges ONBUILD CMD and ENTRYPOINT; the conversion is unsafe there (the downstream image may add the other)', () => {
    expectFindings(ID, `FROM node:24-slim
ONBUILD CMD node server.js
#           ^^^^^^^^^^^^^^ prefer-exec-form "CMD in shell form runs under /bin/sh -c: the application is not PID 1 and does not receive SIGTERM on stop; use the JSON (exec) form"`);
    expectClean(ID, 'FROM node:24-slim\nONBUILD ENTRYPOINT ["node"]');
    expectClean(ID, 'FROM node:24-slim\nSHELL ["/bin/bash", "-c"]\nONBUILD CMD node server.js');
    const findings = findingsOf(ID, 'FROM node:24-slim\nONBUILD CMD node server.js\n');
    assert.deepEqual(findings[0].fixes.map((f) => [f.title, f.safe]), [['Convert to exec form', false]]);
    assert.equal(applyFix(ID, 'FROM node:24-slim\nONBUILD CMD node server.js\n'), 'FROM node:24-slim\nONBUILD CMD ["node", "server.js"]\n');
  });
});
