import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-require-cpu-limit';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags containers without limits.cpu', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
#         ^ k8s-require-cpu-limit "Pod 'p', container 'a' sets no limits.cpu: can use every core of its node and slow its neighbours"
    image: a:1
  - name: b
    image: b:1
    resources:
#   ^^^^^^^^^ k8s-require-cpu-limit
      requests: {cpu: 500m}`, opts);
  });

  it('stays quiet when it is set', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: "a:1", resources: {limits: {cpu: 500m}}}\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it('sets limits.cpu to the request when one is set, in the flow style of the file', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: "a:1", resources: {requests: {cpu: 250m}}}\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Set limits.cpu: 250m (a starting value: tune it from measured use)']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: "a:1", resources: {requests: {cpu: 250m}, limits: {cpu: "250m"}}}\n');
  });

  it('sets the default limit when nothing is set', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n';
    assert.equal(applyFix(ID, before, opts), `${before}    resources:\n      limits:\n        cpu: "500m"\n`);
  });
});
