import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';
import { assertSameExcept } from '../../helpers/yaml-compare.js';

const ID = 'k8s-drop-all-capabilities';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags containers that do not drop ALL, at the partial drop list when there is one', () => {
    expectFindings(ID, `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  template:
    spec:
      initContainers:
      - name: init
#             ^^^^ k8s-drop-all-capabilities "StatefulSet 'db', init container 'init' keeps the runtime's default capabilities; drop ALL and add back what it needs"
        image: busybox:1.36
      containers:
      - name: db
        image: postgres:16
        securityContext:
          capabilities:
            drop: [NET_RAW]
#                  ^^^^^^^ k8s-drop-all-capabilities "StatefulSet 'db', container 'db' drops only NET_RAW; drop ALL and add back what it needs"
      - name: ok
        image: a:1
        securityContext: {capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}`, opts);
  });

  it('accepts ALL in any letter case, as the runtimes do', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext: {capabilities: {drop: [all]}}\n  - name: b\n    image: b:1\n    securityContext: {capabilities: {drop: ["All", NET_RAW]}}\n', opts);
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  containers:
  - name: a
    image: a:1
    securityContext: {capabilities: {drop: [allow]}}
#                                           ^^^^^ k8s-drop-all-capabilities "Pod 'a', container 'a' drops only allow; drop ALL and add back what it needs"
`, opts);
  });

  it('is restricted-only, skips Windows pods and Helm templates', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - name: a\n    image: a:1\n';
    expectClean(ID, text, { ...opts, settings: { kubernetesLevel: 'baseline' } });
    expectClean(ID, text.replace('spec:\n', 'spec:\n  os:\n    name: windows\n'), opts);
    expectClean(ID, text.replace('image: a:1', 'image: {{ .Values.image }}\n    securityContext:\n{{ toYaml .Values.sc | indent 6 }}'), opts);
  });

  it('adds capabilities.drop: [ALL] to the container, merging with what is there', () => {
    const before = `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
    - name: a
      image: a:1
      securityContext:
        runAsUser: 1000 # app user
        capabilities:
          add: ["NET_BIND_SERVICE"]
    - name: b
      image: b:1
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Drop all capabilities', 'Apply restricted securityContext to this workload']);
    const after = applyFix(ID, before, opts);
    assert.equal(after, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
    - name: a
      image: a:1
      securityContext:
        runAsUser: 1000 # app user
        capabilities:
          add: ["NET_BIND_SERVICE"]
          drop:
            - ALL
    - name: b
      image: b:1
`);
    assertSameExcept(before, after, [[0, 'spec', 'containers', 0, 'securityContext', 'capabilities', 'drop']]);
    assert.equal(applyFix(ID, before, opts, 1), `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
    - name: a
      image: a:1
      securityContext:
        runAsUser: 1000 # app user
        capabilities:
          add: ["NET_BIND_SERVICE"]
    - name: b
      image: b:1
      securityContext:
        capabilities:
          drop:
            - ALL
`);
  });

  it('applies the restricted securityContext to every container of the workload at once', () => {
    const before = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
      initContainers:
      - name: init
        image: busybox:1.36
      containers:
      - name: web
        image: nginx:1.27
        securityContext:
          seccompProfile: {type: Localhost, localhostProfile: web.json}
`;
    assert.deepEqual(fixTitles(ID, before, opts, 1), ['Drop all capabilities', 'Apply restricted securityContext to this workload']);
    assert.equal(applyFix(ID, before, opts, 0, 1), `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
      initContainers:
      - name: init
        image: busybox:1.36
        securityContext:
          allowPrivilegeEscalation: false
          seccompProfile:
            type: RuntimeDefault
          capabilities:
            drop:
            - ALL
      containers:
      - name: web
        image: nginx:1.27
        securityContext:
          seccompProfile: {type: Localhost, localhostProfile: web.json}
          allowPrivilegeEscalation: false
          capabilities:
            drop:
            - ALL
`);
  });
});
