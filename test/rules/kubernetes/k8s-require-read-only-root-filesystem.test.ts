import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-require-read-only-root-filesystem';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags writable root filesystems, at the value when it is set', () => {
    const findings = expectFindings(ID, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: web
#             ^^^ k8s-require-read-only-root-filesystem "Deployment 'web', container 'web' has a writable root filesystem, so an attacker can drop tools and change the application; set readOnlyRootFilesystem: true"
        image: nginx:1.27
      - name: cache
        image: redis:7
        securityContext:
          readOnlyRootFilesystem: false
#                                 ^^^^^ k8s-require-read-only-root-filesystem
      - name: ro
        image: ro:1
        securityContext: {readOnlyRootFilesystem: true}`, opts);
    assert.deepEqual(findings.map((f) => f.severity), ['info', 'info']);
  });

  it('applies at the baseline level too (it is not a Pod Security Standards control)', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: web, image: "web:1", securityContext: {readOnlyRootFilesystem: false}}]
#                                                                                    ^^^^^ k8s-require-read-only-root-filesystem`, { ...opts, settings: { kubernetesLevel: 'baseline' } });
    expectClean(ID, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n', opts);
  });

  it('sets readOnlyRootFilesystem: true inside a flow securityContext', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: web:1\n    securityContext: {runAsNonRoot: true}\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Set readOnlyRootFilesystem: true']);
    assert.equal(applyFix(ID, before, opts), before.replace('{runAsNonRoot: true}', '{runAsNonRoot: true, readOnlyRootFilesystem: true}'));
  });
});
