import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'yarn-cache-clean';

describe(ID, () => {
  before(() => initEngine());

  it('flags yarn installs without yarn cache clean in the shipped stages only', () => {
    expectFindings(ID, `FROM node:20 AS build
RUN yarn install --frozen-lockfile && yarn build
FROM node:20-alpine
RUN yarn install --production
#   ^^^^^^^^^^^^ yarn-cache-clean "yarn install leaves a copy of every downloaded package in the yarn cache, in this layer of the shipped image: run yarn cache clean at the end of the same RUN"
RUN yarn global add serve \\
#   ^^^^^^^^^^^^^^^ yarn-cache-clean "yarn global add leaves a copy of every downloaded package in the yarn cache, in this layer of the shipped image: run yarn cache clean at the end of the same RUN"
 && yarn --frozen-lockfile
RUN sh -c 'yarn'
#          ^^^^ yarn-cache-clean "yarn leaves a copy of every downloaded package in the yarn cache, in this layer of the shipped image: run yarn cache clean at the end of the same RUN"
RUN <<EOF
yarn add left-pad@1.3.0
^^^^^^^^ yarn-cache-clean
EOF`);
  });

  it('stays quiet after yarn cache clean, rm of the cache, a yarn cache mount, and for other commands', () => {
    expectClean(ID, `FROM node:20
RUN yarn install --frozen-lockfile && yarn cache clean
RUN yarn install \\
    && rm -rf "$(yarn cache dir)"
RUN yarn && rm -rf /usr/local/share/.cache/yarn/*
RUN --mount=type=cache,target=/root/.yarn/berry/cache yarn install --immutable
RUN yarn build && yarn test && yarn --version && yarn -v
RUN echo "yarn install"`);
  });

  it('appends yarn cache clean to the RUN (safe)', () => {
    const before = 'FROM node:20\nRUN yarn install --frozen-lockfile\n';
    assert.deepEqual(fixTitles(ID, before), ['Add yarn cache clean at the end of this RUN']);
    assert.equal(applyFix(ID, before), 'FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n');
    assert.equal(
      applyFix(ID, 'FROM node:20\nRUN yarn install && \\\n    yarn build\n'),
      'FROM node:20\nRUN yarn install && \\\n    yarn build && \\\n    yarn cache clean\n',
    );
  });
  it('agrees with hadolint DL3060 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN yarn install', true],
      ['RUN yarn install && yarn cache clean', false],
      ['RUN yarn build', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});
