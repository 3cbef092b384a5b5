import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-root-group';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags GID 0 in runAsGroup, fsGroup and supplementalGroups', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  securityContext:
    runAsUser: 1000
    runAsGroup: 0
#               ^ k8s-no-root-group "Pod 'p' runs with the root group (runAsGroup: 0), which owns many files root can write"
    fsGroup: 0
#            ^ k8s-no-root-group
    supplementalGroups: [1000, 0]
#                              ^ k8s-no-root-group
  containers:
  - name: web
    image: web:1
    securityContext: {runAsGroup: 0}
#                                 ^ k8s-no-root-group "Pod 'p', container 'web' runs with the root group (runAsGroup: 0), which owns many files root can write"`, opts);
  });

  it('stays quiet for other groups', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsGroup: 10001, fsGroup: 10001, supplementalGroups: [10]}\n  containers: [{name: web, image: "web:1"}]\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it('sets a non-root group instead of 0', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    runAsGroup: 0\n  containers: [{name: a, image: "a:1"}]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Set runAsGroup: 10001 instead of the root group']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    runAsGroup: 10001\n  containers: [{name: a, image: "a:1"}]\n');
  });
});
