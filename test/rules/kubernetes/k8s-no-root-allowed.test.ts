import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-root-allowed';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags containers with neither runAsNonRoot: true nor a non-zero runAsUser', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
#         ^ k8s-no-root-allowed "Pod 'p', container 'a' sets neither runAsNonRoot: true nor a non-zero runAsUser, so nothing stops it running as root"
    image: a:1
  - name: b
#         ^ k8s-no-root-allowed
    image: b:1
    securityContext: {runAsUser: 0, runAsNonRoot: false}
  - name: c
    image: c:1
    securityContext: {runAsUser: 1000}`, opts);
  });

  it('stays quiet with either setting on the pod or the container', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsNonRoot: true}\n  containers: [{name: a, image: "a:1"}]\n', opts);
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsUser: 10001}\n  containers: [{name: a, image: "a:1"}]\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it("sets runAsNonRoot: true", () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext: {readOnlyRootFilesystem: true}\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Set runAsNonRoot: true"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext: {readOnlyRootFilesystem: true, runAsNonRoot: true}\n');
  });
});
