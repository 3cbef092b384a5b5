import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'prefer-copy-over-add';

describe(ID, () => {
  it('flags ADD of local files and folders', () => {
    expectFindings(ID, `FROM python:3.13
ADD requirements.txt /app/
^^^ prefer-copy-over-add "ADD copies local files here; use COPY, which does only that (ADD also extracts archives and downloads URLs)"
ADD --chown=app:app . /app
^^^ prefer-copy-over-add
add ["src dir/", "/app/"]
^^^ prefer-copy-over-add`);
  });

  it('stays quiet for archives and URLs', () => {
    expectClean(ID, `FROM debian:13
ADD rootfs.tar.gz /
ADD https://example.com/tool.zip /opt/
ADD app.tar.zst vendor.tgz /opt/
ADD --checksum=sha256:abc https://example.com/file /file
ADD <<EOF /x
hi
EOF`);
  });

  it('flags a mix of archive and plain file', () => {
    expectFindings(ID, `FROM debian:13
ADD base.tar.xz config.json /
^^^ prefer-copy-over-add`);
  });

  it('swaps the keyword, keeps flags and case; safe only when sources are clearly not archives', () => {
    assert.equal(applyFix(ID, 'FROM debian:13\nADD --chown=1:1 --link app.py /app/ # keep\n'), 'FROM debian:13\nCOPY --chown=1:1 --link app.py /app/ # keep\n');
    assert.equal(applyFix(ID, 'from debian:13\r\nadd . /app\r\n'), 'from debian:13\r\ncopy . /app\r\n');
    assert.equal(findingsOf(ID, 'FROM debian:13\nADD app.py /app/')[0].fixes[0].safe, true);
    assert.equal(findingsOf(ID, 'FROM debian:13\nADD bundle /app/')[0].fixes[0].safe, false);
    assert.deepEqual(fixTitles(ID, 'FROM debian:13\nADD --keep-git-dir=true repo /src'), []);
  });

  it('judges ONBUILD ADD, and its fix replaces only the stored keyword', () => {
    expectFindings(ID, `FROM python:3.12-slim
ONBUILD ADD requirements.txt /app/
#       ^^^ prefer-copy-over-add`);
    expectClean(ID, 'FROM python:3.12-slim\nONBUILD ADD rootfs.tar.gz /\nONBUILD COPY . /app/');
    assert.equal(applyFix(ID, 'FROM python:3.12-slim\r\nONBUILD ADD requirements.txt /app/\r\n'), 'FROM python:3.12-slim\r\nONBUILD COPY requirements.txt /app/\r\n');
  });
});
