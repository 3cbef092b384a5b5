import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-escalate-bind-impersonate';
const opts = { path: '/work/k8s/rbac.yaml' };

describe(ID, () => {
  it('flags escalate and bind on roles and impersonate on identities', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: rbac-manager
rules:
- apiGroups: [rbac.authorization.k8s.io]
  resources: [clusterroles, roles]
  verbs: [get, bind, escalate]
#              ^^^^ k8s-rbac-no-escalate-bind-impersonate "ClusterRole 'rbac-manager' grants 'bind' on clusterroles: it can bind any role, including cluster-admin, to any subject"
#                    ^^^^^^^^ k8s-rbac-no-escalate-bind-impersonate "ClusterRole 'rbac-manager' grants 'escalate' on clusterroles: it can write roles granting permissions it does not hold itself"
- apiGroups: [""]
  resources: [users, groups, serviceaccounts]
  verbs: [impersonate]
#         ^^^^^^^^^^^ k8s-rbac-no-escalate-bind-impersonate "ClusterRole 'rbac-manager' grants 'impersonate' on users: it can act as other users, groups or service accounts, with all their permissions"`, opts);
  });

  it('stays quiet for read verbs, other resources and a * verb', () => {
    expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: reader}
rules:
- apiGroups: [rbac.authorization.k8s.io]
  resources: [clusterroles, rolebindings]
  verbs: [get, list, create]
- apiGroups: [""]
  resources: [pods]
  verbs: [bind]
- apiGroups: [rbac.authorization.k8s.io]
  resources: [roles]
  verbs: ["*"]
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes the verb", () => {
    const before = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [rbac.authorization.k8s.io]\n  resources: [roles]\n  verbs:\n  - get\n  - bind\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove bind from this rule"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [rbac.authorization.k8s.io]\n  resources: [roles]\n  verbs:\n  - get\n');
  });
});
