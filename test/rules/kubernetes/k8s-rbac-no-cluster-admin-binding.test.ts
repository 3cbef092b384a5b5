import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-cluster-admin-binding';
const opts = { path: '/work/k8s/rbac.yaml' };

describe(ID, () => {
  it('flags ClusterRoleBindings and RoleBindings to cluster-admin', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci-deployer
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
#       ^^^^^^^^^^^^^ k8s-rbac-no-cluster-admin-binding "ClusterRoleBinding 'ci-deployer' makes ServiceAccount 'deployer' cluster-admin: full control of every resource in every namespace"
subjects:
- kind: ServiceAccount
  name: deployer
  namespace: ci
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: team-admin, namespace: web}
roleRef: {kind: ClusterRole, name: cluster-admin, apiGroup: rbac.authorization.k8s.io}
#                                  ^^^^^^^^^^^^^ k8s-rbac-no-cluster-admin-binding "RoleBinding 'team-admin' grants cluster-admin to Group 'web-team': full control of every resource in namespace 'web', including its Secrets and RBAC"
subjects: [{kind: Group, name: web-team}]`, opts);
  });

  it('stays quiet for system: bindings, other roles and a Role that happens to be called cluster-admin', () => {
    expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: "system:masters-admin"}
roleRef: {kind: ClusterRole, name: cluster-admin}
subjects: [{kind: Group, name: "system:masters"}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: viewers}
roleRef: {kind: ClusterRole, name: view}
subjects: [{kind: Group, name: devs}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: local}
roleRef: {kind: Role, name: cluster-admin}
subjects: [{kind: Group, name: devs}]
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it('binds edit instead in a RoleBinding, and offers nothing for a ClusterRoleBinding', () => {
    const before = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: team-admin, namespace: web}\nroleRef:\n  kind: ClusterRole\n  name: cluster-admin\nsubjects: [{kind: Group, name: web-team}]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Bind the edit ClusterRole instead (workloads and config in the namespace, no RBAC or quota changes; Secrets stay readable)']);
    assert.equal(applyFix(ID, before, opts), before.replace('name: cluster-admin', 'name: edit'));
    assert.deepEqual(fixTitles(ID, before.replace('kind: RoleBinding', 'kind: ClusterRoleBinding'), opts), []);
  });
});
