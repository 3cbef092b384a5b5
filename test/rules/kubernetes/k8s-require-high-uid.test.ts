import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-require-high-uid';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags UIDs below 10000 and unset UIDs, the container value winning', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsUser: 1000}
#                              ^^^^ k8s-require-high-uid "Pod 'p', container 'a' runs with UID 1000 (from the pod securityContext), below 10000: it may match a UID of the node with its files and permissions"
  containers:
  - name: a
    image: a:1
  - name: b
    image: b:1
    securityContext: {runAsUser: 0}
#                                ^ k8s-require-high-uid "Pod 'p', container 'b' runs with UID 0, below 10000: it may match a UID of the node with its files and permissions"
  - name: c
    image: c:1
    securityContext: {runAsUser: 10001}
---
apiVersion: v1
kind: Pod
metadata: {name: q}
spec:
  containers:
  - name: d
#         ^ k8s-require-high-uid "Pod 'q', container 'd' sets no runAsUser, so it runs with the image's UID; set a UID of 10000 or more"
    image: d:1`, opts);
  });

  it('stays quiet from 10000 up', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsUser: 10000}\n  containers: [{name: a, image: "a:1"}]\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it("sets runAsUser: 10001 in the container", () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Set runAsUser: 10001"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      runAsUser: 10001\n');
  });
});
