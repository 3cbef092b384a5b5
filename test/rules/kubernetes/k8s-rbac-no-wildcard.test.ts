import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-wildcard';
const opts = { path: '/work/k8s/rbac.yaml' };

describe(ID, () => {
  it('flags each wildcard where it is written', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: operator
rules:
- apiGroups: ["*"]
#             ^^^ k8s-rbac-no-wildcard "ClusterRole 'operator' grants '*' in apiGroups: every API group, including ones that custom resources add later; list what it needs instead"
  resources: ["pods", "*"]
#                     ^^^ k8s-rbac-no-wildcard "ClusterRole 'operator' grants '*' in resources: every resource of its API groups, including secrets and ones added later; list what it needs instead"
  verbs:
  - '*'
#   ^^^ k8s-rbac-no-wildcard "ClusterRole 'operator' grants '*' in verbs: every verb, including ones added to the API later (escalate, bind, impersonate); list what it needs instead"
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: app, namespace: web}
rules:
- apiGroups: [""]
  resources: [configmaps]
  verbs: ["*"]
#         ^^^ k8s-rbac-no-wildcard`, opts);
  });

  it('stays quiet for listed verbs and resources, bindings and other kinds', () => {
    expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: app}
rules:
- apiGroups: ["", apps]
  resources: [pods, deployments]
  resourceNames: ["*"]
  verbs: [get, list, watch]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c}
data:
  rules: "*"
`, opts);
  });
});
