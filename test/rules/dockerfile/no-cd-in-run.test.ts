import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-cd-in-run';

describe(ID, () => {
  before(() => initEngine());

  it('flags cd as a command in every stage, across continuations, subshells and heredocs', () => {
    expectFindings(ID, `FROM golang:1.23 AS build
RUN cd /src && go build ./...
#   ^^^^^^^ no-cd-in-run "cd /src changes directory only for the rest of this RUN, which is easy to lose track of; use WORKDIR /src for the steps that work there"
RUN git clone x /x \\
 && cd /x \\
#   ^^^^^ no-cd-in-run "cd /x (and 1 more cd in this RUN) changes directory only for the rest of this RUN, which is easy to lose track of; use WORKDIR /x for the steps that work there"
 && make \\
 && cd / \\
 && rm -rf /x
RUN (cd sub && make)
#    ^^^^^^ no-cd-in-run
FROM debian:12
RUN <<EOF
cd /opt
^^^^^^^ no-cd-in-run
./install.sh
EOF
RUN cd
#   ^^ no-cd-in-run "cd changes directory only for the rest of this RUN, which is easy to lose track of; use WORKDIR for the steps that work elsewhere"`);
  });

  it('stays quiet on cd inside $(…), sh -c scripts, strings and as an argument', () => {
    expectClean(ID, `FROM debian:12
RUN DIR="$(cd "$(dirname x)" && pwd)" && echo "$DIR"
RUN sh -c 'cd /tmp && ls'
RUN echo "cd /x" && make -C /x && ls cd # cd /x
WORKDIR /src`);
  });

  it('is info by default and its fix is unsafe', () => {
    const [f] = findingsOf(ID, 'FROM debian:12\nRUN cd /x && make');
    assert.equal(f.severity, 'info');
    assert.deepEqual(f.fixes.map((x) => x.safe), [false]);
  });
});

describe(`${ID} fix`, () => {
  it('moves a leading cd into WORKDIR, and goes back to the earlier WORKDIR after the RUN', () => {
    const before = 'FROM node:22\nWORKDIR /app\nRUN cd /app/web && \\\n    npm ci && npm run build\nCOPY . .\n';
    assert.deepEqual(fixTitles(ID, before), ['Use WORKDIR /app/web for this RUN instead of cd']);
    assert.equal(applyFix(ID, before), 'FROM node:22\nWORKDIR /app\nWORKDIR /app/web\nRUN npm ci && npm run build\nWORKDIR /app\nCOPY . .\n');
  });

  it('says that later instructions run there too when no earlier WORKDIR is known', () => {
    const before = 'FROM golang:1.23\nRUN cd /src && go build ./...\n';
    assert.deepEqual(fixTitles(ID, before), ['Use WORKDIR /src instead of cd (later instructions of the stage then run there too)']);
    assert.equal(applyFix(ID, before), 'FROM golang:1.23\nWORKDIR /src\nRUN go build ./...\n');
  });

  it('offers no fix when cd is not the first command, not joined by &&, relative, or one of several', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nRUN make; cd /src && make install\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nRUN cd /src; make\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nRUN cd src && make\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nRUN cd /a && make && cd /b && make\n'), []);
  });
});
