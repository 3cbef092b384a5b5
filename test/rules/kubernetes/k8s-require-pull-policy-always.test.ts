import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-require-pull-policy-always';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags policies other than Always, and none', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
    image: a:1
    imagePullPolicy: IfNotPresent
#                    ^^^^^^^^^^^^ k8s-require-pull-policy-always "Pod 'p', container 'a' pulls its image with policy IfNotPresent: a node reuses whatever image it cached under that name, so another pod's image, or an old one, may run"
  - name: b
#         ^ k8s-require-pull-policy-always "Pod 'p', container 'b' sets no imagePullPolicy: unless the tag is latest, a node reuses whatever image it cached under that name"
    image: b:1`, opts);
  });

  it('stays quiet for Always', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: "a:1", imagePullPolicy: Always}]\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it("sets imagePullPolicy: Always, replacing another policy", () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    imagePullPolicy: IfNotPresent\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Set imagePullPolicy: Always"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    imagePullPolicy: Always\n');
  });
});
