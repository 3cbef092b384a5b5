import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-pod-exec';
const opts = { path: '/work/k8s/rbac.yaml' };

describe(ID, () => {
  it('flags pods/exec and pods/attach with create, get or *', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: debug
rules:
- apiGroups: [""]
  resources: ["pods", "pods/exec"]
#                     ^^^^^^^^^^^ k8s-rbac-no-pod-exec "Role 'debug' can run commands in running pods (pods/exec: create), and so act with their service accounts and read their secrets"
  verbs: ["create"]
- apiGroups: [""]
  resources: [pods/attach]
#             ^^^^^^^^^^^ k8s-rbac-no-pod-exec "Role 'debug' can attach to running pods (pods/attach: every verb (*)), and so act with their service accounts and read their secrets"
  verbs: ["*"]`, opts);
  });

  it('stays quiet for logs and for list-only rules', () => {
    expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: viewer}
rules:
- apiGroups: [""]
  resources: [pods, pods/log]
  verbs: [get, list]
- apiGroups: [""]
  resources: [pods/exec]
  verbs: [list]
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes pods/exec", () => {
    const before = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [pods, pods/exec]\n  verbs: [get, create]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove pods/exec from this rule"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [pods]\n  verbs: [get, create]\n');
  });
});
