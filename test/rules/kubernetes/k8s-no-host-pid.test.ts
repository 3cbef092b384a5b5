import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-no-host-pid';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags hostPID: true in a CronJob pod template, also written yes', () => {
    expectFindings(ID, `apiVersion: batch/v1
kind: CronJob
metadata:
  name: sweep
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          hostPID: yes
#                  ^^^ k8s-no-host-pid "CronJob 'sweep' sets hostPID: true: the pod sees every process on the node and can signal or inspect them"
          containers:
          - name: sweep
            image: busybox:1.36`, opts);
  });

  it('stays quiet when hostPID is false or absent', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  hostPID: false
  containers: [{name: a, image: "a:1"}]
---
apiVersion: v1
kind: Pod
metadata:
  name: b
spec:
  containers: [{name: a, image: "a:1"}]`, opts);
  });

  it('sets hostPID: false in a flow-style pod spec', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {hostPID: true, containers: [{name: a, image: "a:1"}]}\n';
    assert.equal(applyFix(ID, before, opts), before.replace('hostPID: true', 'hostPID: false'));
  });
});
