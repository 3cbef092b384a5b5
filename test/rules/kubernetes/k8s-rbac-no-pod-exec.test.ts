import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
