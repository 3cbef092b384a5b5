import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'prefer-apt-get';

describe(ID, () => {
  before(() => initEngine());

  it('flags apt as a command in every stage, also by path and inside sh -c', () => {
    expectFindings(ID, `FROM ubuntu:24.04 AS build
RUN apt update && apt install -y curl
#   ^^^ prefer-apt-get "apt is made for people at a terminal and warns that its command line is not stable for scripts; use apt-get (or apt-cache for queries) in a Dockerfile"
#                 ^^^ prefer-apt-get
RUN apt-get update \\
 && apt search foo && /usr/bin/apt upgrade -y
#   ^^^ prefer-apt-get
#                     ^^^^^^^^^^^^ prefer-apt-get
FROM ubuntu:24.04
RUN sh -c 'apt remove -y x'
#          ^^^ prefer-apt-get`);
  });

  it('stays quiet on apt as text or as an argument', () => {
    expectClean(ID, `FROM ubuntu:24.04
RUN echo apt install x && apt-get install -y apt && apt-cache policy apt
# RUN apt install x`);
  });

  it('fix: safe for commands that download nothing, unsafe for installs, none for upgrade and list', () => {
    const text = 'FROM ubuntu:24.04\nRUN apt update && apt install -y curl && apt show curl && apt full-upgrade -y && apt upgrade -y && apt list\n';
    assert.deepEqual(findingsOf(ID, text).map((f) => f.fixes.map((x) => `${x.title} (${x.safe ? 'safe' : 'unsafe'})`)), [
      ['Use apt-get (safe)'],
      ['Use apt-get (unsafe)'],
      ['Use apt-cache (safe)'],
      ['Use apt-get dist-upgrade (unsafe)'],
      [],
      [],
    ]);
  });

  it('fix: exact edits', () => {
    const text = 'FROM ubuntu:24.04\nRUN apt update && \\\n    apt install -y curl && apt full-upgrade -y\n';
    assert.equal(applyFix(ID, text, {}, 0), 'FROM ubuntu:24.04\nRUN apt-get update && \\\n    apt install -y curl && apt full-upgrade -y\n');
    assert.equal(applyFix(ID, text, {}, 1), 'FROM ubuntu:24.04\nRUN apt update && \\\n    apt-get install -y curl && apt full-upgrade -y\n');
    assert.equal(applyFix(ID, text, {}, 2), 'FROM ubuntu:24.04\nRUN apt update && \\\n    apt install -y curl && apt-get dist-upgrade -y\n');
  });
});
