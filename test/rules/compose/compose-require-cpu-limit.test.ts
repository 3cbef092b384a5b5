import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-require-cpu-limit';
const opts = { path: '/work/app/compose.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags services without the limit, or with -1', () => {
    expectFindings(ID, `x-base: &base
  image: example/base:1
services:
  api:
# ^^^ compose-require-cpu-limit "Service 'api' sets no CPU limit: it can use every core of the host"
    image: example/api:3.2
  worker:
# ^^^^^^ compose-require-cpu-limit
    <<: *base
    cpus: -1
`, opts);
  });

  it('accepts the service key or deploy.resources.limits', () => {
    expectClean(ID, `services:
  a:
    image: x:1
    cpus: 0.5
  b:
    image: x:1
    deploy:
      resources:
        limits: {cpus: '0.5'}
  c:
    build: .
    deploy: {resources: {limits: {cpus: '0.5'}}}
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("sets a starting CPU limit", () => {
    const before = 'services:\n  app:\n    image: x:1\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Set cpus: 1 (a starting value: tune it from measured use)"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  app:\n    image: x:1\n    cpus: 1\n');
  });
});
