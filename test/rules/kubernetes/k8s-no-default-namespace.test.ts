import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-no-default-namespace';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags workloads in default or kube-system, or with no namespace', () => {
    expectFindings(ID, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: default
#            ^^^^^^^ k8s-no-default-namespace "Deployment 'web' runs in the 'default' namespace; give the application its own namespace for RBAC, quotas and policies"
spec:
  template:
    spec:
      containers: [{name: web, image: "web:1"}]
---
apiVersion: v1
kind: Pod
metadata:
  name: tool
#       ^^^^ k8s-no-default-namespace "Pod 'tool' names no namespace, so it lands in whatever namespace is current (often 'default')"
spec:
  containers: [{name: tool, image: "tool:1"}]
---
apiVersion: v1
kind: Pod
metadata: {name: sys, namespace: kube-system}
#                                ^^^^^^^^^^^ k8s-no-default-namespace
spec:
  containers: [{name: sys, image: "sys:1"}]`, opts);
  });

  it('stays quiet for workloads in their own namespace and for non-workloads', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: shop}
spec:
  containers: [{name: web, image: "web:1"}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c}
data: {a: b}`, opts);
  });
});
