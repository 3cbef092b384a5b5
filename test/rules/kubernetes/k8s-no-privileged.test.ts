import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-privileged';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags privileged: true in containers and init containers of every document', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  initContainers:
  - name: setup
    image: busybox:1.36
    securityContext:
      privileged: true
#                 ^^^^ k8s-no-privileged "Pod 'a', init container 'setup' is privileged: it gets every capability and the host's devices, so escaping to the node is trivial"
  containers:
  - name: app
    image: nginx:1.27
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: b
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - {name: job, image: "busybox:1.36", securityContext: {privileged: yes}}
#                                                                            ^^^ k8s-no-privileged`, opts);
  });

  it('stays quiet for privileged: false, a quoted "true" string, and non-workloads', () => {
    expectClean(ID, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: a
spec:
  template:
    spec:
      containers:
      - name: app
        image: nginx:1.27
        securityContext:
          privileged: false
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
data:
  privileged: "true"`, opts);
  });

  it('sets privileged: false, keeping the comment beside it', () => {
    const before = `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
  - name: app
    image: nginx:1.27
    securityContext:
      privileged: true # needed for iptables
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Set privileged: false']);
    assert.equal(applyFix(ID, before, opts), before.replace('privileged: true', 'privileged: false'));
  });
});
