import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

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

describe(`${ID} fix`, () => {
  it("removes the approval subresource", () => {
    const before = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [certificates.k8s.io]\n  resources: [certificatesigningrequests, certificatesigningrequests/approval]\n  verbs: [get, update]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove certificatesigningrequests/approval from this rule"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [certificates.k8s.io]\n  resources: [certificatesigningrequests]\n  verbs: [get, update]\n');
  });
});
