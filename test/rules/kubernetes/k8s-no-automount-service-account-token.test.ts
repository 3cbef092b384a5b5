import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'k8s-no-automount-service-account-token';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags pods that mount the token, unless their ServiceAccount in the same file opts out', () => {
    expectFindings(ID, `apiVersion: v1
kind: ServiceAccount
metadata:
  name: quiet
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
#       ^^^ k8s-no-automount-service-account-token "Deployment 'web' gets the API token of service account 'default' mounted; set automountServiceAccountToken: false unless it calls the Kubernetes API"
spec:
  template:
    spec:
      containers: [{name: web, image: "web:1"}]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      serviceAccountName: quiet
      containers: [{name: api, image: "api:1"}]
---
apiVersion: v1
kind: Pod
metadata:
  name: tool
spec:
  serviceAccountName: quiet
  automountServiceAccountToken: true
#                               ^^^^ k8s-no-automount-service-account-token
  containers: [{name: tool, image: "tool:1"}]`, opts);
  });

  it('stays quiet when the pod opts out', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  automountServiceAccountToken: false\n  containers: [{name: web, image: "web:1"}]\n', opts);
  });

  it('adds automountServiceAccountToken: false to the pod spec', () => {
    const before = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: sweep
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: sweep
            image: sweep:1
`;
    assert.equal(applyFix(ID, before, opts), `${before}          automountServiceAccountToken: false
`);
  });

  describe('automountServiceAccountToken: true written out for an account given a role', () => {
    const deployment = (account: string, mark = '') => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ctl, namespace: ops}
spec:
  template:
    spec:
      serviceAccountName: ${account}
      automountServiceAccountToken: true
${mark}      containers: [{name: c, image: c:1.0}]
`;

    it('is a decision when the role is narrow: no finding', () => {
      expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: lease, namespace: ops}
rules: [{apiGroups: [coordination.k8s.io], resources: [leases], verbs: [get, update]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: lease, namespace: ops}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: lease}
subjects: [{kind: ServiceAccount, name: ctl}]
---
${deployment('ctl')}`, opts);
    });

    it('is reported as a warning, saying why, when the role is broad', () => {
      expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: ctl-admin}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
subjects: [{kind: ServiceAccount, name: ctl, namespace: ops}]
---
${deployment('ctl', `#                                   ^^^^ k8s-no-automount-service-account-token "Deployment 'ctl' mounts on purpose the API token of service account 'ctl', which ClusterRoleBinding 'ctl-admin' binds to the built-in ClusterRole 'cluster-admin', which allows everything on every resource: whoever runs code in this pod gets that; bind a narrower role"
`)}`, opts);
      expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: all, namespace: ops}
rules: [{apiGroups: [''], resources: [secrets], verbs: [get, list]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: ctl-secrets, namespace: ops}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: all}
subjects: [{kind: ServiceAccount, name: ctl}]
---
${deployment('ctl', `#                                   ^^^^ k8s-no-automount-service-account-token "Deployment 'ctl' mounts on purpose the API token of service account 'ctl', which RoleBinding 'ctl-secrets' binds to Role 'all', which grants wildcards or Secrets: whoever runs code in this pod gets that; bind a narrower role"
`)}`, opts);
    });

    it('is still reported for the default account or an account bound nowhere Shipshape can see', () => {
      for (const account of ['default', 'unbound']) {
        const found = findingsOf(ID, deployment(account), opts);
        assert.deepEqual(found.map((f) => f.message), [`Deployment 'ctl' gets the API token of service account '${account}' mounted; set automountServiceAccountToken: false unless it calls the Kubernetes API`]);
      }
    });
  });
});
