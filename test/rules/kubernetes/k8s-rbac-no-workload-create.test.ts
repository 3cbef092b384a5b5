import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-workload-create';
const opts = { path: '/work/k8s/rbac.yaml' };

describe(ID, () => {
  it('flags create on pods and controllers', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
rules:
- apiGroups: [apps]
  resources: [deployments, statefulsets]
#             ^^^^^^^^^^^ k8s-rbac-no-workload-create "Role 'deployer' can create deployments (create): a pod it creates may mount any Secret and run as any service account of the namespace"
#                          ^^^^^^^^^^^^ k8s-rbac-no-workload-create
  verbs: [get, create, update]
- apiGroups: [""]
  resources: [pods]
#             ^^^^ k8s-rbac-no-workload-create
  verbs: ["*"]`, opts);
  });

  it('stays quiet for reads, updates and other resources', () => {
    expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: watcher}
rules:
- apiGroups: [apps]
  resources: [deployments]
  verbs: [get, list, watch, patch]
- apiGroups: [""]
  resources: [configmaps]
  verbs: [create]
- apiGroups: [apps]
  resources: [pods]
  verbs: [create]
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes the workload resource", () => {
    const before = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [pods, services]\n  verbs: [create]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove pods from this rule"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [services]\n  verbs: [create]\n');
  });
});
