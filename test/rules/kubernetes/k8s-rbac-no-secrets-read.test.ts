import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
