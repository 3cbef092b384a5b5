import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-require-run-as-non-root';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('applies the pod-level value unless the container overrides it', () => {
    expectFindings(ID, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
      - name: web
        image: nginx:1.27
      - name: legacy
        image: legacy:1
        securityContext:
          runAsNonRoot: false
#                       ^^^^^ k8s-require-run-as-non-root "Deployment 'web', container 'legacy' has runAsNonRoot set to something other than true, so it may run as root"
---
apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  securityContext:
    runAsNonRoot: false
#                 ^^^^^ k8s-require-run-as-non-root "Pod 'p', container 'main' has runAsNonRoot set to something other than true (from the pod), so it may run as root"
#                 ^^^^^ k8s-require-run-as-non-root "Pod 'p', container 'bare' has runAsNonRoot set to something other than true (from the pod), so it may run as root"
  containers:
  - name: main
    image: main:1
  - name: fixed
    image: fixed:1
    securityContext: {runAsNonRoot: true}
  - name: bare
    image: bare:1
    securityContext: {runAsNonRoot: null}
---
apiVersion: v1
kind: Pod
metadata:
  name: q
spec:
  containers:
  - name: plain
#         ^^^^^ k8s-require-run-as-non-root "Pod 'q', container 'plain' does not set runAsNonRoot: true, so it runs as root if the image says so"
    image: plain:1`, opts);
  });

  it('stays quiet at the baseline level', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: web:1\n', { ...opts, settings: { kubernetesLevel: 'baseline' } });
  });

  it('offers runAsNonRoot, a UID, and the whole restricted profile; the container value overrides the pod', () => {
    const before = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  securityContext:
    runAsNonRoot: false
  containers:
  - name: web
    image: web:1
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Set runAsNonRoot: true', 'Run as UID 10001 with runAsNonRoot: true', 'Apply restricted securityContext to this workload']);
    assert.equal(applyFix(ID, before, opts), `${before}    securityContext:
      runAsNonRoot: true
`);
    assert.equal(applyFix(ID, before, opts, 0, 1), `${before}    securityContext:
      runAsNonRoot: true
      runAsUser: 10001
`);
    assert.equal(applyFix(ID, before, opts, 0, 2), `${before}    securityContext:
      runAsNonRoot: true
      allowPrivilegeEscalation: false
      seccompProfile:
        type: RuntimeDefault
      capabilities:
        drop:
        - ALL
`);
  });
  it('offers no fix when runAsNonRoot holds a block mapping, which a fix cannot replace: it would not clear the finding', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: web:1
    securityContext:
      runAsUser: x
      runAsNonRoot:
        add: []
`;
    assert.deepEqual(fixTitles(ID, text, opts), []);
  });
});
