import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-no-root-user';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags runAsUser: 0 on the pod and on containers', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  securityContext:
    runAsUser: 0
#              ^ k8s-no-root-user "Pod 'p' runs as root (runAsUser: 0)"
  containers:
  - name: web
    image: web:1
    securityContext: {runAsUser: 0}
#                                ^ k8s-no-root-user "Pod 'p', container 'web' runs as root (runAsUser: 0)"
  - name: ok
    image: ok:1
    securityContext: {runAsUser: 1000}`, opts);
  });

  it('stays quiet for other UIDs and at the baseline level', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsUser: 65532}\n  containers: [{name: web, image: "web:1"}]\n', opts);
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsUser: 0}\n  containers: [{name: web, image: "web:1"}]\n', { ...opts, settings: { kubernetesLevel: 'baseline' } });
  });

  it('switches to UID 10001', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    runAsUser: 0 # root for now\n  containers: [{name: web, image: "web:1"}]\n';
    assert.equal(applyFix(ID, before, opts), before.replace('runAsUser: 0', 'runAsUser: 10001'));
  });
});
