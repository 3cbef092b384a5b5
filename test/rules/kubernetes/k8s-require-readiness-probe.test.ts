import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';
import assert from 'node:assert/strict';

const ID = 'k8s-require-readiness-probe';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags long-running containers without a readinessProbe', () => {
    expectFindings(ID, `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      initContainers: [{name: init, image: "init:1"}]
      containers:
      - name: web
#             ^^^ k8s-require-readiness-probe "Deployment 'web', container 'web' has no readinessProbe: it gets traffic as soon as it starts, before it can serve, and while it is overloaded"
        image: web:1
      - name: ok
        image: ok:1
        readinessProbe: {httpGet: {path: /, port: 8080}}`, opts);
  });

  it('is off by default and stays quiet for Jobs', () => {
    assert.deepEqual(findingsOf(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: "a:1"}]\n', { path: opts.path }), []);
    expectClean(ID, 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: "a:1"}]\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it("adds a TCP readiness probe on the first TCP port", () => {
    const before = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: web:1\n        ports:\n        - {containerPort: 53, protocol: UDP}\n        - containerPort: 8080\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Add a readinessProbe that checks TCP port 8080 (an HTTP check of a health path is better where there is one)"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: web:1\n        ports:\n        - {containerPort: 53, protocol: UDP}\n        - containerPort: 8080\n        readinessProbe:\n          tcpSocket:\n            port: 8080\n');
  });
  it('offers no fix when the container declares no TCP port', () => {
    assert.deepEqual(findingsOf(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: "a:1"}\n', opts).map((f) => f.fixes.length), [0]);
  });
});
