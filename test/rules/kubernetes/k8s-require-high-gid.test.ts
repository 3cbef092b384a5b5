import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-require-high-gid';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags GIDs below 10000 and unset GIDs', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
    image: a:1
    securityContext: {runAsGroup: 100}
#                                 ^^^ k8s-require-high-gid "Pod 'p', container 'a' runs with GID 100, below 10000: it may match a GID of the node with its files and permissions"
  - name: b
#         ^ k8s-require-high-gid "Pod 'p', container 'b' sets no runAsGroup, so it runs with the image's GID; set a GID of 10000 or more"
    image: b:1`, opts);
  });

  it('stays quiet from 10000 up', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsGroup: 10001}\n  containers: [{name: a, image: "a:1"}]\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it("raises a low runAsGroup to 10001", () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      runAsGroup: 1000\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Set runAsGroup: 10001"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      runAsGroup: 10001\n');
  });
});
