import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryProject as memProject } from '../workflow/memory-project.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-anonymous-binding';
const opts = { path: '/work/k8s/rbac.yaml' };

const ROLE = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: reader
rules:
- apiGroups: [""]
  resources: [configmaps]
  verbs: [get]
`;

describe(ID, () => {
  it('flags anonymous, unauthenticated and authenticated subjects, resolving the role in the same file', () => {
    const findings = expectFindings(ID, `${ROLE}---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: public}
roleRef: {kind: ClusterRole, name: reader}
subjects:
- kind: User
  name: system:anonymous
#       ^^^^^^^^^^^^^^^^ k8s-rbac-no-anonymous-binding "ClusterRoleBinding 'public' grants ClusterRole 'reader' (1 rule, see related lines) to system:anonymous: anyone who can reach the API server, without logging in"
- kind: Group
  name: system:unauthenticated
#       ^^^^^^^^^^^^^^^^^^^^^^ k8s-rbac-no-anonymous-binding
- kind: Group
  name: system:authenticated
#       ^^^^^^^^^^^^^^^^^^^^ k8s-rbac-no-anonymous-binding "ClusterRoleBinding 'public' grants ClusterRole 'reader' (1 rule, see related lines) to system:authenticated: every authenticated identity, including every service account of every namespace"`, opts);
    assert.deepEqual(findings[0].related, [{
      path: '/work/k8s/rbac.yaml',
      range: { start: { line: 5, character: 2 }, end: { line: 8, character: 0 } },
      message: "ClusterRole 'reader' grants get on configmaps",
    }]);
  });

  it('resolves the role in another file of the workspace and points at its rule line', () => {
    const project = memProject({ '/work/k8s/roles/reader.yaml': ROLE }, '/work');
    const findings = expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: public}
roleRef: {kind: ClusterRole, name: reader}
subjects: [{kind: Group, name: "system:unauthenticated"}]
#                              ^^^^^^^^^^^^^^^^^^^^^^^^ k8s-rbac-no-anonymous-binding "ClusterRoleBinding 'public' grants ClusterRole 'reader' (1 rule, see related lines) to system:unauthenticated: every request that carries no credentials"`, { ...opts, project });
    assert.equal(findings[0].related?.[0]?.path, '/work/k8s/roles/reader.yaml');
    assert.deepEqual(findings[0].related?.[0]?.range.start, { line: 5, character: 2 });
  });

  it('says unknown when the role is nowhere, and names built-in roles', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: public}
roleRef: {kind: ClusterRole, name: mystery}
subjects: [{kind: User, name: "system:anonymous"}]
#                             ^^^^^^^^^^^^^^^^^^ k8s-rbac-no-anonymous-binding "ClusterRoleBinding 'public' grants ClusterRole 'mystery', which is not in the workspace, so what it allows is unknown to system:anonymous: anyone who can reach the API server, without logging in"
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: all-view, namespace: web}
roleRef: {kind: ClusterRole, name: view}
subjects: [{kind: Group, name: "system:authenticated"}]
#                              ^^^^^^^^^^^^^^^^^^^^^^ k8s-rbac-no-anonymous-binding "RoleBinding 'all-view' grants the built-in ClusterRole 'view', which allows read of most objects in a namespace (not Secrets) to system:authenticated: every authenticated identity, including every service account of every namespace"`, opts);
  });

  it('stays quiet for the cluster\'s own bindings and ordinary subjects', () => {
    expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: "system:discovery"}
roleRef: {kind: ClusterRole, name: "system:discovery"}
subjects: [{kind: Group, name: "system:authenticated"}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: devs}
roleRef: {kind: ClusterRole, name: view}
subjects: [{kind: Group, name: devs}, {kind: ServiceAccount, name: "system:anonymous"}]
`, opts);
  });
});

describe(`${ID} with aggregated roles`, () => {
  const AGGREGATED = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: monitoring}
aggregationRule:
  clusterRoleSelectors:
  - matchLabels: {rbac.example.com/aggregate-to-monitoring: "true"}
rules: []
`;
  const PART = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: monitoring-secrets
  labels: {rbac.example.com/aggregate-to-monitoring: "true"}
rules:
- apiGroups: [""]
  resources: [secrets]
  verbs: [list]
`;
  const BINDING = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: public}
roleRef: {kind: ClusterRole, name: monitoring}
subjects: [{kind: Group, name: "system:authenticated"}]
`;

  it('follows the aggregation to the ClusterRoles it selects, across files', () => {
    const project = memProject({ '/work/k8s/roles/parts.yaml': PART }, '/work');
    const [finding] = findingsOf(ID, `${AGGREGATED}---\n${BINDING}`, { ...opts, project });
    assert.equal(finding.message, "ClusterRoleBinding 'public' grants ClusterRole 'monitoring' (aggregated from 1 ClusterRole of the workspace, see related lines; others in the cluster may add to it) to system:authenticated: every authenticated identity, including every service account of every namespace");
    assert.deepEqual(finding.related?.map((r) => [r.path, r.message]), [['/work/k8s/roles/parts.yaml', "ClusterRole 'monitoring-secrets' grants list on secrets"]]);
  });

  it('says unknown when no aggregated part is in the workspace', () => {
    const [finding] = findingsOf(ID, `${AGGREGATED}---\n${BINDING}`, opts);
    assert.match(finding.message, /aggregated from ClusterRoles that are not in the workspace, so what it allows is unknown/);
    assert.deepEqual(finding.related, []);
  });
});

describe(`${ID} fix`, () => {
  it("removes the anonymous subject and keeps the others", () => {
    const before = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: b}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}\nsubjects:\n- kind: Group\n  name: system:unauthenticated\n  apiGroup: rbac.authorization.k8s.io\n- kind: ServiceAccount\n  name: app\n  namespace: ns\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove system:unauthenticated from the subjects"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: b}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}\nsubjects:\n- kind: ServiceAccount\n  name: app\n  namespace: ns\n');
  });
});
