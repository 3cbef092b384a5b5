import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-naked-pod';
const opts = { path: '/work/k8s/pod.yaml' };

describe(ID, () => {
  it('flags a Pod with no controller', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: web
#       ^^^ k8s-no-naked-pod "Pod 'web' has no controller: when its node fails or it is evicted nothing recreates it; run it from a Deployment, StatefulSet or Job"
spec:
  containers: [{name: web, image: "web:1"}]`, opts);
  });

  it('stays quiet for controllers and owned pods', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: web-1
  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web, uid: "1"}]
spec:
  containers: [{name: web, image: "web:1"}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: once}
spec:
  template:
    spec:
      containers: [{name: once, image: "once:1"}]
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it('moves the Pod spec under a one-replica Deployment selecting the Pod\'s labels, comments kept', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\n    tier: "1"\nspec:\n  # the app\n  containers:\n    - name: web\n      image: web:1\n  restartPolicy: Always\n---\nkind: Service\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Run the Pod from a one-replica Deployment (pods are then named web-<hash>; delete the old Pod)']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    app: web\n    tier: "1"\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n      tier: "1"\n  template:\n    metadata:\n      labels:\n        app: web\n        tier: "1"\n    spec:\n      # the app\n      containers:\n        - name: web\n          image: web:1\n      restartPolicy: Always\n---\nkind: Service\n');
  });

  it('selects app: <name> when the Pod has no labels', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: db}\nspec:\n  containers: [{name: db, image: "db:1"}]\n';
    assert.equal(applyFix(ID, before, opts), 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: db}\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: db\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers: [{name: db, image: "db:1"}]\n');
  });

  it('offers no fix for a Pod that must not restart, or a flow-style spec', () => {
    assert.deepEqual(fixTitles(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: once}\nspec:\n  restartPolicy: Never\n  containers: [{name: a, image: "a:1"}]\n', opts), []);
    assert.deepEqual(fixTitles(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: [{name: a, image: "a:1"}]}\n', opts), []);
  });
});
