import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-require-security-context';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags containers with no securityContext in a pod with none', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {}
  containers:
  - name: app
#         ^^^ k8s-require-security-context "Pod 'p', container 'app' has no securityContext, and neither has its pod: it runs with every default the image and runtime choose (often root, writable, all default capabilities)"
    image: app:1
  - name: side
#         ^^^^ k8s-require-security-context
    image: side:1
    securityContext: {}
  - name: ok
    image: ok:1
    securityContext: {runAsNonRoot: true}`, opts);
  });

  it('stays quiet when the pod sets one', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsNonRoot: true}\n  containers: [{name: a, image: "a:1"}]\n', opts);
  });

  it('offers the restricted securityContext as an unsafe fix', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n';
    assert.equal(applyFix(ID, text, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      runAsNonRoot: true\n      allowPrivilegeEscalation: false\n      seccompProfile:\n        type: RuntimeDefault\n      capabilities:\n        drop:\n        - ALL\n');
  });
});
