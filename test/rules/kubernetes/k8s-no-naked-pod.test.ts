import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
