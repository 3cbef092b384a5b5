import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'no-moving-package-source';
const SHA = '3f2c1e0a9b8d7c6e5f4a3b2c1d0e9f8a7b6c5d4e';

describe(ID, () => {
  before(() => initEngine());

  it('flags pip installs of branch archives and VCS branches or tags', () => {
    expectFindings(ID, `FROM python:3.13-slim
RUN pip install --no-cache-dir https://github.com/org/lib/archive/refs/heads/main.zip
#                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-moving-package-source "pip installs https://github.com/org/lib/archive/refs/heads/main.zip: an archive of a branch, which changes with every push; pin it to a commit (…@<40-hex sha>) or a released version from the index, so every build installs the same code"
RUN python -m pip install "git+https://github.com/org/lib@develop#egg=lib" https://gitlab.com/org/x/-/archive/master/x-master.tar.gz
#                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-moving-package-source "pip installs git+https://github.com/org/lib@develop#egg=lib: the ref 'develop', a branch or tag that can move; pin it to a commit (…@<40-hex sha>) or a released version from the index, so every build installs the same code"
#                                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-moving-package-source
RUN pip3 install https://github.com/org/tool/archive/master.tar.gz
#                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-moving-package-source`);
  });

  it('flags npm installs of a git branch', () => {
    expectFindings(ID, `FROM node:24-slim
RUN npm install git+https://github.com/org/lib.git#main github:org/tool#develop org/other#v2
#               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-moving-package-source "npm installs git+https://github.com/org/lib.git#main: the ref 'main', a branch or tag that can move; pin it to a commit (…#<40-hex sha>) or a published version, so every build installs the same code"
#                                                       ^^^^^^^^^^^^^^^^^^^^^^^ no-moving-package-source
#                                                                               ^^^^^^^^^^^^ no-moving-package-source`);
  });

  it('stays quiet for commits, released archives, index versions and refs it leaves to other rules', () => {
    expectClean(ID, `FROM python:3.13-slim
RUN pip install "git+https://github.com/org/lib@${SHA}#egg=lib" https://github.com/org/lib/archive/refs/tags/v1.2.0.zip \\
 && pip install requests==2.32.3 https://files.example.com/lib-1.0-py3-none-any.whl git+https://github.com/org/norefs \\
 && npm install github:org/tool#${SHA} lodash@4.17.21 @scope/pkg@1.0.0 git+https://github.com/org/lib.git ./local \\
 && echo https://github.com/org/lib/archive/refs/heads/main.zip`);
  });

  it('is said once: a ref-less VCS URL stays with pip-pin-versions', () => {
    const text = 'FROM python:3.13-slim\nRUN pip install git+https://github.com/org/norefs\n';
    assert.deepEqual(findingsOf(ID, text), []);
    assert.equal(findingsOf('pip-pin-versions', text).length, 1);
  });
});
