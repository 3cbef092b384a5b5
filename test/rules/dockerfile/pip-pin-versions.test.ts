import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'pip-pin-versions';

describe(ID, () => {
  before(() => initEngine());

  it('flags each package without a version, in every stage', () => {
    expectFindings(ID, `FROM python:3.12 AS build
RUN pip install --no-cache-dir flask gunicorn==22.0.0
#                              ^^^^^ pip-pin-versions "pip installs flask in whatever version the index has today: pin it (flask==<version>) or install from a requirements file with pinned versions"
FROM python:3.12-slim
RUN python3 -m pip install --upgrade pip \\
#                                    ^^^ pip-pin-versions
 && pip3.12 install -i https://pypi.example/simple 'uvicorn[standard]'
#                                                  ^^^^^^^^^^^^^^^^^^^ pip-pin-versions "pip installs uvicorn[standard] in whatever version the index has today: pin it (uvicorn==<version>) or install from a requirements file with pinned versions"`);
  });

  it('sees pip inside sh -c, heredocs and after env', () => {
    expectFindings(ID, `FROM python:3.12
RUN sh -c 'pip install requests'
#                      ^^^^^^^^ pip-pin-versions
RUN <<EOF
set -e
env PIP_DISABLE_PIP_VERSION_CHECK=1 pip install httpx
#                                               ^^^^^ pip-pin-versions
EOF
RUN pip install git+https://github.com/psf/requests.git
#               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pip-pin-versions`);
  });

  it('leaves requirements and constraints files, local paths, specifiers, archives, VCS refs and variables alone', () => {
    expectClean(ID, `FROM python:3.12
RUN pip install -r requirements.txt && pip install --requirement=req.txt extra
RUN pip install -c constraints.txt flask && pip install .
RUN pip install ./pkg /src/lib ~/wheelhouse/app file:///tmp/x -e .
RUN pip install 'flask>=3' 'a<2' b~=1.0 c!=2 d===1.0 "e==1; python_version<'3.13'"
RUN pip install dist/app-1.0-py3-none-any.whl https://example.com/x-1.0.tar.gz
RUN pip install git+https://github.com/psf/requests.git@v2.32.3 "$PACKAGE" \${EXTRA}
RUN echo "pip install flask" && pipenv install flask && pip download flask`);
  });

  it('offers no fix', () => {
    assert.deepEqual(fixTitles(ID, 'FROM python:3.12\nRUN pip install flask\n'), []);
  });
  it('agrees with hadolint DL3013 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN pip install MySQL_python', true],
      ['RUN python -m pip install example', true],
      ['RUN pip install MySQL_python==1.2.2', false],
      ['RUN pip install -r requirements.txt', false],
      ['RUN pip install --requirement requirements.txt', false],
      ['RUN pip install .', false],
      ['RUN pip3 install --build /opt/yamllint yamllint==1.20.0', false],
      ['RUN pip install --index-url https://eg.com/foo foobar==1.0.0', false],
      ['RUN pip install \'alabaster>=0.7\'', false],
      ['RUN pip install \'alabaster<0.7\'', false],
      ['RUN pip install \'alabaster!=0.7\'', false],
      ['RUN pip install \'alabaster~=0.7\'', false],
      ['RUN pip install -c constraints.txt alabaster', false],
      ['RUN pip install foo.whl', false],
      ['RUN pip install foo.tar.gz', false],
      ['RUN pip install git+https://github.com/rtfd/r2d2.git@v1.0', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});
