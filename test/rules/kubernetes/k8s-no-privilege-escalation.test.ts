import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';
import { assertSameExcept } from '../../helpers/yaml-compare.js';

const ID = 'k8s-no-privilege-escalation';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags containers that allow privilege escalation, explicitly or by default', () => {
    expectFindings(ID, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
      - name: setup
#             ^^^^^ k8s-no-privilege-escalation "Deployment 'web', init container 'setup' does not set allowPrivilegeEscalation: false, so setuid binaries can gain privileges"
        image: busybox:1.36
      containers:
      - name: web
        image: nginx:1.27
        securityContext:
          allowPrivilegeEscalation: true
#                                   ^^^^ k8s-no-privilege-escalation "Deployment 'web', container 'web' allows privilege escalation: setuid binaries and file capabilities can gain privileges"
      - name: sidecar
        image: envoy:1.30
        securityContext: {allowPrivilegeEscalation: false}`, opts);
  });

  it('is restricted-only, skips Windows pods, and in Helm templates reports only an explicit true', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: web:1\n';
    expectClean(ID, text, { ...opts, settings: { kubernetesLevel: 'baseline' } });
    expectClean(ID, text.replace('spec:\n', 'spec:\n  os: {name: windows}\n'), opts);
    expectClean(ID, text.replace('web:1', '"{{ .Values.image }}"'), opts);
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: "{{ .Release.Name }}"}
spec:
  containers:
  - name: web
    image: "{{ .Values.image }}"
    securityContext: {allowPrivilegeEscalation: true}
#                                               ^^^^ k8s-no-privilege-escalation`, opts);
  });

  it('adds allowPrivilegeEscalation: false under a flush sequence, keeping comments and CRLF', () => {
    const before = 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n  containers:\r\n  - name: web # frontend\r\n    image: web:1\r\n    # ports follow\r\n    ports:\r\n    - containerPort: 80\r\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Set allowPrivilegeEscalation: false', 'Apply restricted securityContext to this workload']);
    const after = applyFix(ID, before, opts);
    assert.equal(after, `${before}    securityContext:\r\n      allowPrivilegeEscalation: false\r\n`);
    assertSameExcept(before, after, [[0, 'spec', 'containers', 0, 'securityContext']]);
  });

  it('replaces an explicit true and fills an empty securityContext', () => {
    const explicit = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: web:1\n    securityContext:\n      allowPrivilegeEscalation: true\n';
    assert.equal(applyFix(ID, explicit, opts), explicit.replace('allowPrivilegeEscalation: true', 'allowPrivilegeEscalation: false'));
    const empty = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: web:1\n    securityContext: {}\n';
    assert.equal(applyFix(ID, empty, opts), empty.replace('{}', '{allowPrivilegeEscalation: false}'));
    const nul = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: web:1\n    securityContext:\n';
    assert.equal(applyFix(ID, nul, opts), `${nul}      allowPrivilegeEscalation: false\n`);
  });
});
