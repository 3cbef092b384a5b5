import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

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
    assert.deepEqual(findings.map((f) => [f.severity, f.fixes.length]), [['info', 1], ['info', 1]]);
  });

  it('does not demand a CPU limit and says nothing in Helm templates', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: web:1\n    resources: {requests: {cpu: 1, memory: 1Gi}, limits: {memory: 1Gi}}\n', opts);
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: web:1\n    resources:\n{{ toYaml .Values.resources | indent 6 }}\n', opts);
  });
});

describe(`${'k8s-require-resources'} fix`, () => {
  const id = 'k8s-require-resources';
  const o = { path: '/work/k8s/deploy.yaml' };
  it('writes the missing requests and memory limit with the default starting values', () => {
    const before = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: web
        image: web:1
`;
    assert.deepEqual(fixTitles(id, before, o), ['Set requests.cpu: 100m, requests.memory: 128Mi, limits.memory: 256Mi (a starting value: tune it from measured use)']);
    assert.equal(applyFix(id, before, o), `${before}        resources:
          requests:
            cpu: "100m"
            memory: "128Mi"
          limits:
            memory: "256Mi"
`);
  });

  it('takes a missing request from the limit that is set', () => {
    const before = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
    image: a:1
    resources:
      limits: {cpu: "2", memory: 1Gi}
`;
    assert.equal(applyFix(id, before, o), `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
    image: a:1
    resources:
      limits: {cpu: "2", memory: 1Gi}
      requests:
        cpu: "2"
        memory: "1Gi"
`);
  });
});
