import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-node-tls-reject-unauthorized-off';

describe(ID, () => {
  before(() => initEngine());

  it('flags ENV, ARG, export and env in RUN', () => {
    expectFindings(ID, `FROM node:22-slim
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-node-tls-reject-unauthorized-off "ENV sets NODE_TLS_REJECT_UNAUTHORIZED=0: Node.js then accepts any TLS certificate, for npm during the build and for the application at run time"
ARG NODE_TLS_REJECT_UNAUTHORIZED=0
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-node-tls-reject-unauthorized-off
RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && env NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-node-tls-reject-unauthorized-off
#                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-node-tls-reject-unauthorized-off`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM node:22-slim
ENV NODE_TLS_REJECT_UNAUTHORIZED=1
RUN echo "NODE_TLS_REJECT_UNAUTHORIZED=0"
RUN NODE_TLS_REJECT_UNAUTHORIZED=$FLAG npm ci`);
  });

  it('fix: Remove NODE_TLS_REJECT_UNAUTHORIZED=0', () => {
    const before = `FROM node:22-slim
RUN env NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove NODE_TLS_REJECT_UNAUTHORIZED=0');
    assert.equal(applyFix(ID, before, {}, 0), `FROM node:22-slim
RUN env npm ci
`);
  });
});
