import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-wildcard';
const opts = { path: '/work/k8s/rbac.yaml' };

describe(ID, () => {
  it('flags each policy rule with a wildcard once, at its first wildcard', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: operator
rules:
- apiGroups: ["*"]
#             ^^^ k8s-rbac-no-wildcard "ClusterRole 'operator' grants every verb on every resource of every API group ('*'), as much as cluster-admin; list what it needs instead"
  resources: ["pods", "*"]
  verbs:
  - '*'
- apiGroups: [apps]
  resources: ["*"]
#             ^^^ k8s-rbac-no-wildcard "ClusterRole 'operator' grants '*' in resources: every resource of its groups, secrets included; list what it needs instead"
  verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: app, namespace: web}
rules:
- apiGroups: ["*"]
#             ^^^ k8s-rbac-no-wildcard "Role 'app' grants '*' in apiGroups and verbs: every API group, including ones custom resources add later; every verb, escalate, bind and impersonate included; list what it needs instead"
  resources: [configmaps]
  verbs: ["*"]`, opts);
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
