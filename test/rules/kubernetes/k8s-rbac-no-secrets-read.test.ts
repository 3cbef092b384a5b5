import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-secrets-read';
const opts = { path: '/work/k8s/rbac.yaml' };

describe(ID, () => {
  it('flags get, list, watch or * on secrets in the core group', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: reader
rules:
- apiGroups: [""]
  resources: ["configmaps", "secrets"]
#                           ^^^^^^^^^ k8s-rbac-no-secrets-read "ClusterRole 'reader' can read Secrets (get, list) in every namespace it is bound for: every token and password they hold, including service-account tokens"
  verbs: ["get", "list"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: app}
rules:
- apiGroups: ["*"]
  resources: [Secrets]
#             ^^^^^^^ k8s-rbac-no-secrets-read "Role 'app' can read Secrets (every verb (*)): every token and password they hold, including service-account tokens"
  verbs: ["*"]`, opts);
  });

  it('stays quiet for writes only, other groups, other resources and a * resource', () => {
    expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: app}
rules:
- apiGroups: [""]
  resources: [secrets]
  verbs: [create, delete]
- apiGroups: [external-secrets.io]
  resources: [secrets]
  verbs: [get]
- apiGroups: [""]
  resources: ["*"]
  verbs: [get]
- apiGroups: [""]
  resources: [configmaps]
  verbs: [get, list, watch]
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes secrets from the rule's resources", () => {
    const before = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [configmaps, secrets]\n  verbs: [get, list]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove secrets from this rule"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [configmaps]\n  verbs: [get, list]\n');
  });
  it("removes the whole rule when secrets is its only resource", () => {
    const before = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [configmaps]\n  verbs: [get]\n- apiGroups: [""]\n  resources:\n  - secrets\n  verbs: [get]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove the rule that grants secrets"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [configmaps]\n  verbs: [get]\n');
  });
});
