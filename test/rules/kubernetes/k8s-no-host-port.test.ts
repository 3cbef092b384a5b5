import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-host-port';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags every hostPort of every container, init containers included', () => {
    expectFindings(ID, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
      - name: init
        image: busybox:1.36
        ports: [{containerPort: 9000, hostPort: 9000}]
#                                               ^^^^ k8s-no-host-port
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 80
          hostPort: 8080
#                   ^^^^ k8s-no-host-port "Deployment 'web', container 'web' binds port 8080 on the node itself, bypassing Services and NetworkPolicies and limiting scheduling"
        - containerPort: 443`, opts);
  });

  it('stays quiet for container ports only and for hostPort: 0', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
  - name: a
    image: a:1
    ports:
    - containerPort: 80
    - containerPort: 81
      hostPort: 0`, opts);
  });
});

describe(`${ID} fix`, () => {
  it('removes hostPort and keeps the containerPort', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    ports:\n    - containerPort: 80\n      hostPort: 80\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Remove hostPort: 80 (reach the pod through a Service instead)']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    ports:\n    - containerPort: 80\n');
  });
});
