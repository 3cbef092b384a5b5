import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-require-memory-limit';
const opts = { path: '/work/app/compose.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags services without the limit, or with -1', () => {
    expectFindings(ID, `x-base: &base
  image: example/base:1
services:
  api:
# ^^^ compose-require-memory-limit "Service 'api' sets no memory limit: it can use all of the host's memory, through a leak or an attacker"
    image: example/api:3.2
  worker:
# ^^^^^^ compose-require-memory-limit
    <<: *base
    mem_limit: -1
`, opts);
  });

  it('accepts the service key or deploy.resources.limits', () => {
    expectClean(ID, `services:
  a:
    image: x:1
    mem_limit: 512m
  b:
    image: x:1
    deploy:
      resources:
        limits: {memory: 256M}
  c:
    build: .
    deploy: {resources: {limits: {memory: 256M}}}
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("sets a starting memory limit", () => {
    const before = 'services:\n  app:\n    image: x:1\n    restart: always\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Set mem_limit: 512m (a starting value: tune it from measured use)"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  app:\n    image: x:1\n    restart: always\n    mem_limit: "512m"\n');
  });
});
