import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryProject as memProject } from '../workflow/memory-project.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-default-service-account-binding';
const opts = { path: '/work/k8s/base/binding.yaml' };

describe(ID, () => {
  it('flags the default service account as a subject, resolving a Role through a kustomization', () => {
    const project = memProject({
      '/work/k8s/base/kustomization.yaml': 'resources:\n- binding.yaml\n- ../shared/role.yaml\n',
      '/work/k8s/shared/role.yaml': 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: config-reader, namespace: web}\nrules:\n- {apiGroups: [""], resources: [configmaps], verbs: [get]}\n',
    }, '/work/k8s/base');
    const findings = expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: read-config, namespace: web}
roleRef: {kind: Role, name: config-reader}
subjects:
- kind: ServiceAccount
  name: default
#       ^^^^^^^ k8s-rbac-no-default-service-account-binding "RoleBinding 'read-config' grants Role 'config-reader' (1 rule, see related lines) to the default service account of namespace 'web': every pod there that names no service account gets it; bind a dedicated service account instead"
  namespace: web`, { ...opts, project });
    assert.deepEqual(findings[0].related?.map((r) => [r.path, r.message]), [['/work/k8s/shared/role.yaml', "Role 'config-reader' grants get on configmaps"]]);
  });

  it('says unknown when the role is not in the workspace', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b}
roleRef: {kind: Role, name: elsewhere}
subjects: [{kind: ServiceAccount, name: default}]
#                                       ^^^^^^^ k8s-rbac-no-default-service-account-binding "RoleBinding 'b' grants Role 'elsewhere', which is not in the workspace, so what it allows is unknown to the default service account: every pod there that names no service account gets it; bind a dedicated service account instead"`, opts);
  });

  it('stays quiet for dedicated service accounts and users called default', () => {
    expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b}
roleRef: {kind: Role, name: r}
subjects: [{kind: ServiceAccount, name: web}, {kind: User, name: default}]
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes the default service account and keeps the others", () => {
    const before = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b, namespace: ns}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}\nsubjects:\n- {kind: ServiceAccount, name: default, namespace: ns}\n- {kind: ServiceAccount, name: app, namespace: ns}\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove the default service account from the subjects"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b, namespace: ns}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}\nsubjects:\n- {kind: ServiceAccount, name: app, namespace: ns}\n');
  });
});
