import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

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
});
