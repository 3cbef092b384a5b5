import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-restart-policy-on-failure';
const opts = { path: '/work/app/compose.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags restart policies without a bound', () => {
    expectFindings(ID, `services:
  a:
    image: x:1
    restart: always
#            ^^^^^^ compose-restart-policy-on-failure "Service 'a': restart: always restarts a crashing container forever; a container that crashes on start then loops, hiding the failure and using the host; use on-failure:5"
  b:
    image: x:1
    restart: on-failure
#            ^^^^^^^^^^ compose-restart-policy-on-failure "Service 'b': restart: on-failure without a count retries forever; a container that crashes on start then loops, hiding the failure and using the host; use on-failure:5"
  c:
    image: x:1
    restart: "on-failure:10"
#            ^^^^^^^^^^^^^^^ compose-restart-policy-on-failure
  d:
    image: x:1
    deploy:
      restart_policy:
#     ^^^^^^^^^^^^^^ compose-restart-policy-on-failure "Service 'd': deploy.restart_policy (condition on-failure) sets no max_attempts, so it retries forever; a container that crashes on start then loops, hiding the failure and using the host; use on-failure:5"
        condition: on-failure
`, opts);
  });

  it('stays quiet for bounded and absent policies', () => {
    expectClean(ID, `services:
  a: {image: "x:1", restart: "on-failure:5"}
  b: {image: "x:1", restart: "no"}
  c: {image: "x:1"}
  d: {image: "x:1", deploy: {restart_policy: {condition: on-failure, max_attempts: 3}}}
  e: {image: "x:1", deploy: {restart_policy: {condition: none}}}
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("bounds restart: always with on-failure:5", () => {
    const before = 'services:\n  app:\n    image: x:1\n    restart: always\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Use restart: on-failure:5 (a clean exit is then not restarted)"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  app:\n    image: x:1\n    restart: "on-failure:5"\n');
  });
  it("sets max_attempts in deploy.restart_policy", () => {
    const before = 'services:\n  app:\n    image: x:1\n    deploy:\n      restart_policy:\n        condition: on-failure\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Set max_attempts: 5"]);
    assert.equal(applyFix(ID, before, opts), 'services:\n  app:\n    image: x:1\n    deploy:\n      restart_policy:\n        condition: on-failure\n        max_attempts: 5\n');
  });
});
