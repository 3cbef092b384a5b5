import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-require-pids-limit';
const opts = { path: '/work/app/compose.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags services without the limit, or with -1', () => {
    expectFindings(ID, `x-base: &base
  image: example/base:1
services:
  api:
# ^^^ compose-require-pids-limit "Service 'api' sets no pids limit: it can start processes until the host runs out"
    image: example/api:3.2
  worker:
# ^^^^^^ compose-require-pids-limit
    <<: *base
    pids_limit: -1
`, opts);
  });

  it('accepts the service key or deploy.resources.limits', () => {
    expectClean(ID, `services:
  a:
    image: x:1
    pids_limit: 100
  b:
    image: x:1
    deploy:
      resources:
        limits: {pids: 100}
  c:
    build: .
    deploy: {resources: {limits: {pids: 100}}}
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("sets a starting pids limit", () => {
    const before = 'services:\n  app:\n    image: x:1\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Set pids_limit: 200 (a starting value: tune it from measured use)"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  app:\n    image: x:1\n    pids_limit: 200\n');
  });
});
