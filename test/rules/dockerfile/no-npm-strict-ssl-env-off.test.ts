import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-npm-strict-ssl-env-off';

describe(ID, () => {
  before(() => initEngine());

  it('flags ENV, ARG and RUN settings, in either case', () => {
    expectFindings(ID, `FROM node:22-slim
ENV NPM_CONFIG_STRICT_SSL=false
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-npm-strict-ssl-env-off "ENV sets NPM_CONFIG_STRICT_SSL=false: npm then accepts any registry certificate, so packages are not authenticated"
ARG npm_config_strict_ssl=false
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-npm-strict-ssl-env-off
RUN NPM_CONFIG_STRICT_SSL=false npm ci
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-npm-strict-ssl-env-off`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM node:22-slim
ENV NPM_CONFIG_STRICT_SSL=true
RUN echo NPM_CONFIG_STRICT_SSL=false`);
  });

  it('fix: Remove this ARG', () => {
    const before = `FROM node:22-slim
ARG npm_config_strict_ssl=false
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove this ARG');
    assert.equal(applyFix(ID, before, {}, 0), `FROM node:22-slim
`);
  });
});
