import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'copy-multiple-sources-to-dir';

describe(ID, () => {
  it('flags several sources copied to a destination without a trailing slash', () => {
    expectFindings(ID, `FROM node:22
COPY package.json package-lock.json /app
#                                   ^^^^ copy-multiple-sources-to-dir "COPY with 2 sources needs a directory destination ending in '/': '/app' is not one, and the build fails"
COPY --chown=node a b c "/srv/web"
#                       ^^^^^^^^^^ copy-multiple-sources-to-dir "COPY with 3 sources needs a directory destination ending in '/': '/srv/web' is not one, and the build fails"
COPY ["a", "b", "/dst"]
#               ^^^^^^ copy-multiple-sources-to-dir
ONBUILD COPY a b .
#                ^ copy-multiple-sources-to-dir`);
  });

  it('accepts one source, a directory destination, ADD and heredocs', () => {
    expectClean(ID, `FROM node:22
COPY package.json /app
COPY *.json /app
COPY a b /app/
COPY a b ./
COPY a "b c"
COPY ["a", "b", "/dst/"]
ADD a b /app
COPY <<EOF /etc/motd
hello
EOF`);
  });

  it('adds the slash (safe), inside quotes, in JSON form too', () => {
    assert.equal(applyFix(ID, 'FROM node:22\nCOPY a b /app\n'), 'FROM node:22\nCOPY a b /app/\n');
    assert.equal(applyFix(ID, 'FROM node:22\nCOPY a b "/app"\n'), 'FROM node:22\nCOPY a b "/app/"\n');
    assert.equal(applyFix(ID, 'FROM node:22\nCOPY a b .\n'), 'FROM node:22\nCOPY a b ./\n');
    assert.equal(applyFix(ID, 'FROM node:22\nCOPY ["a", "b", "/dst"]\n'), 'FROM node:22\nCOPY ["a", "b", "/dst/"]\n');
    // A JSON array over several lines: the destination's own string is not known, so no edit.
    assert.deepEqual(findingsOf(ID, 'FROM node:22\nCOPY ["a", \\\n  "b", "/dst"]\n').map((f) => f.fixes.length), [0]);
  });
});
