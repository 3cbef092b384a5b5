import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'wget-progress';

describe(ID, () => {
  before(() => initEngine());

  it('flags wget without progress or verbosity options, in every stage, sh -c and exec form', () => {
    expectFindings(ID, `FROM debian:12 AS build
RUN wget -O /x https://x && wget -qO- https://y | sh
#   ^^^^ wget-progress "wget without --progress, -q or -nv fills the build log with thousands of progress lines; add --progress=dot:giga (or -nv)"
RUN sh -c 'wget https://e'
#          ^^^^ wget-progress
FROM alpine:3.21
RUN set -eux; \\
    wget https://f
#   ^^^^ wget-progress
RUN ["wget", "https://h"]
#    ^^^^^^ wget-progress`);
  });

  it('accepts --progress, -q (also in clusters), -nv, --no-verbose and log files', () => {
    expectClean(ID, `FROM debian:12
RUN wget -nv https://z && wget --progress=bar:force https://a && wget --progress dot https://a2
RUN wget -o /log https://b && wget --no-verbose https://c && wget --quiet https://d && wget -qO /x https://e
RUN wget --output-file=/log https://f && wget -a /log https://g && echo "wget https://h"`);
  });

  it('is a hint by default', () => {
    assert.equal(findingsOf(ID, 'FROM debian:12\nRUN wget https://x')[0].severity, 'hint');
  });

  it('fix: Add --progress=dot:giga (safe) where wget is GNU wget', () => {
    const before = 'FROM debian:12\nRUN wget -O /x \\\n      https://x\n';
    assert.deepEqual(fixTitles(ID, before), ['Add --progress=dot:giga']);
    assert.equal(findingsOf(ID, before)[0].fixes[0].safe, true);
    assert.equal(applyFix(ID, before), 'FROM debian:12\nRUN wget --progress=dot:giga -O /x \\\n      https://x\n');
    assert.equal(applyFix(ID, 'FROM centos:7\nRUN ["wget", "https://h"]\n'), 'FROM centos:7\nRUN ["wget", "--progress=dot:giga", "https://h"]\n');
  });

  it('offers no fix on Alpine, whose busybox wget has no --progress, or unknown images', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.21\nRUN wget https://x\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM example.com/base:1\nRUN wget https://x\n'), []);
  });
});
