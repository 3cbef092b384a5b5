import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
