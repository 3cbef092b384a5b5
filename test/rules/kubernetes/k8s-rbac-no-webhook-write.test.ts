import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-webhook-write';
const opts = { path: '/work/k8s/rbac.yaml' };

describe(ID, () => {
  it('flags create, update or patch on webhook configurations', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: injector
rules:
- apiGroups: [admissionregistration.k8s.io]
  resources: [mutatingwebhookconfigurations, validatingwebhookconfigurations]
#             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ k8s-rbac-no-webhook-write "ClusterRole 'injector' can write mutatingwebhookconfigurations (create, patch): it can read or rewrite every object sent to the API server, or switch off the checks that guard it"
#                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ k8s-rbac-no-webhook-write
  verbs: [get, create, patch]`, opts);
  });

  it('stays quiet for reading them', () => {
    expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: reader}
rules:
- apiGroups: [admissionregistration.k8s.io]
  resources: [mutatingwebhookconfigurations]
  verbs: [get, list, watch]
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes the webhook configuration resource", () => {
    const before = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [admissionregistration.k8s.io]\n  resources: [validatingwebhookconfigurations, mutatingwebhookconfigurations]\n  verbs: [get, patch]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove validatingwebhookconfigurations from this rule"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [admissionregistration.k8s.io]\n  resources: [mutatingwebhookconfigurations]\n  verbs: [get, patch]\n');
  });
});
