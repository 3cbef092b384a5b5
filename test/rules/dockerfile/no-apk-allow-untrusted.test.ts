import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-apk-allow-untrusted';

describe(ID, () => {
  before(() => initEngine());

  it('flags --allow-untrusted', () => {
    expectFindings(ID, `FROM alpine:3.20
RUN apk add --no-cache --allow-untrusted /tmp/a.apk
#                      ^^^^^^^^^^^^^^^^^ no-apk-allow-untrusted "apk --allow-untrusted installs packages whose signatures are missing or untrusted, so nothing proves where they came from"
RUN apk --allow-untrusted --repository http://mirror/alpine add b
#       ^^^^^^^^^^^^^^^^^ no-apk-allow-untrusted`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM alpine:3.20
RUN apk add --no-cache curl && echo "--allow-untrusted"`);
  });

  it('fix: Remove --allow-untrusted', () => {
    const before = `FROM alpine:3.20
RUN apk add --allow-untrusted --no-cache /tmp/a.apk
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove --allow-untrusted');
    assert.equal(applyFix(ID, before, {}, 0), `FROM alpine:3.20
RUN apk add --no-cache /tmp/a.apk
`);
  });
});
