import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-resource-limits';
const opts = { path: '/work/app/compose.yaml' };

describe(ID, () => {
  it('flags services with no limit at all', () => {
    expectFindings(ID, `services:
  api:
# ^^^ compose-resource-limits "Service 'api' sets no memory, CPU or pids limit: one runaway or compromised process can starve the host (mem_limit, cpus, pids_limit or deploy.resources.limits)"
    image: example/api:3.2
    deploy:
      replicas: 2
      resources:
        reservations:
          memory: 128M
`, opts);
  });

  it('accepts any limit, in service keys, deploy limits, merges or extends', () => {
    expectClean(ID, `x-limits: &limits
  deploy:
    resources:
      limits: {memory: 256M}
services:
  a:
    image: x:1
    mem_limit: 512m
  b:
    image: x:1
    pids_limit: 100
  c:
    <<: *limits
    image: x:1
  d:
    extends: {service: a}
  e:
    image: x:1
    deploy:
      resources:
        limits:
          cpus: "0.5"
  partial:
    environment: [A=1]
`, opts);
  });

  it('does not judge override files', () => {
    expectClean(ID, `services:
  api:
    image: example/api:3.2
`, { path: '/work/app/compose.override.yaml' });
  });
});

describe(`${ID} fix`, () => {
  it("sets starting memory, CPU and pids limits", () => {
    const before = 'services:\n  app:\n    image: x:1\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Set mem_limit: 512m, cpus: 1, pids_limit: 200 (a starting value: tune it from measured use)"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  app:\n    image: x:1\n    mem_limit: "512m"\n    cpus: 1\n    pids_limit: 200\n');
  });
});
