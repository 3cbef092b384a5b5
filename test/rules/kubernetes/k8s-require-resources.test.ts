import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-require-resources';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('names what is missing, at the resources key when there is one', () => {
    const findings = expectFindings(ID, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: web
#             ^^^ k8s-require-resources "Deployment 'web', container 'web' sets no requests.cpu, requests.memory, limits.memory; without them one pod can starve its neighbours or be evicted first"
        image: nginx:1.27
      - name: half
        image: half:1
        resources:
#       ^^^^^^^^^ k8s-require-resources "Deployment 'web', container 'half' sets no requests.cpu; without them one pod can starve its neighbours or be evicted first"
          requests: {memory: 64Mi}
          limits:
            memory: 128Mi
      - name: full
        image: full:1
        resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 128Mi}}
      ephemeralContainers:
      - name: debug
        image: busybox:1.36`, opts);
    assert.deepEqual(findings.map((f) => [f.severity, f.fixes.length]), [['info', 0], ['info', 0]]);
  });

  it('does not demand a CPU limit and says nothing in Helm templates', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: web:1\n    resources: {requests: {cpu: 1, memory: 1Gi}, limits: {memory: 1Gi}}\n', opts);
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: web:1\n    resources:\n{{ toYaml .Values.resources | indent 6 }}\n', opts);
  });
});
