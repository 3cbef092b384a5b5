import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-npm-strict-ssl-off';

describe(ID, () => {
  before(() => initEngine());

  it('flags npm and yarn config set strict-ssl false', () => {
    expectFindings(ID, `FROM node:22-slim
RUN npm config set strict-ssl false && npm ci
#                  ^^^^^^^^^^^^^^^^ no-npm-strict-ssl-off "npm config sets strict-ssl false: every later install accepts any registry certificate, so packages are not authenticated"
RUN yarn config set strict-ssl false
#                   ^^^^^^^^^^^^^^^^ no-npm-strict-ssl-off
RUN npm set strict-ssl=false -g
#           ^^^^^^^^^^^^^^^^ no-npm-strict-ssl-off`);
  });

  it('sees the command in sh -c and behind sudo', () => {
    expectFindings(ID, `FROM node:22-slim
RUN sh -c 'sudo npm config set strict-ssl FALSE'
#                              ^^^^^^^^^^^^^^^^ no-npm-strict-ssl-off`);
  });

  it('stays quiet on true, other keys, strings and yarn set', () => {
    expectClean(ID, `FROM node:22-slim
RUN npm config set strict-ssl true && npm config set registry https://r.example
RUN echo "npm config set strict-ssl false"
RUN npm config get strict-ssl
RUN yarn set version stable`);
  });
});

describe(`${ID} fix`, () => {
  before(() => initEngine());

  it('sets strict-ssl back to true, in both spellings', () => {
    const before = 'FROM node:22\nRUN npm config set strict-ssl false && npm ci\nRUN yarn config set strict-ssl=false\n';
    assert.deepEqual(fixTitles(ID, before), ['Set strict-ssl true (installs then check the registry certificate)']);
    assert.equal(applyFix(ID, before), 'FROM node:22\nRUN npm config set strict-ssl true && npm ci\nRUN yarn config set strict-ssl=false\n');
    assert.equal(applyFix(ID, before, {}, 1), 'FROM node:22\nRUN npm config set strict-ssl false && npm ci\nRUN yarn config set strict-ssl=true\n');
  });
});
