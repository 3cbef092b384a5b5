import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-csr-approval';
const opts = { path: '/work/k8s/rbac.yaml' };

describe(ID, () => {
  it('flags update or patch on certificatesigningrequests/approval', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: approver
rules:
- apiGroups: ["certificates.k8s.io"]
  resources: ["certificatesigningrequests", "certificatesigningrequests/approval"]
#                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ k8s-rbac-no-csr-approval "ClusterRole 'approver' can approve certificate signing requests (update): it can issue itself a client certificate for any user or group, system:masters included"
  verbs: ["get", "update"]`, opts);
  });

  it('stays quiet for reading CSRs or their approval', () => {
    expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: reader}
rules:
- apiGroups: ["certificates.k8s.io"]
  resources: ["certificatesigningrequests", "certificatesigningrequests/approval"]
  verbs: ["get", "list", "create"]
`, opts);
  });
});
