import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-require-linux-hardening';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };
const pod = (podSc: string, sc: string, annotations = '{}') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p, annotations: ${annotations}}\nspec:\n  securityContext: ${podSc}\n  containers:\n  - name: a\n    image: a:1\n    securityContext: ${sc}\n`;

describe(ID, () => {
  it('flags a container with none of seccomp, AppArmor, SELinux or dropped capabilities', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
#         ^ k8s-require-linux-hardening "Pod 'p', container 'a' has no Linux hardening: no seccomp or AppArmor profile, no SELinux options and no dropped capabilities"
    image: a:1
    securityContext: {runAsNonRoot: true, seccompProfile: {type: Unconfined}, capabilities: {drop: [NET_RAW]}}`, opts);
  });

  it('stays quiet with any one of them, on the pod or the container', () => {
    expectClean(ID, pod('{seccompProfile: {type: RuntimeDefault}}', '{}'), opts);
    expectClean(ID, pod('{}', '{seccompProfile: {type: Localhost, localhostProfile: p.json}}'), opts);
    expectClean(ID, pod('{}', '{appArmorProfile: {type: RuntimeDefault}}'), opts);
    expectClean(ID, pod('{}', '{}', '{container.apparmor.security.beta.kubernetes.io/a: runtime/default}'), opts);
    expectClean(ID, pod('{seLinuxOptions: {level: "s0:c123,c456"}}', '{}'), opts);
    expectClean(ID, pod('{}', '{capabilities: {drop: [all]}}'), opts);
  });
});

describe(`${ID} fix`, () => {
  it("sets the runtime's default seccomp profile", () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Set seccompProfile: RuntimeDefault"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      seccompProfile:\n        type: RuntimeDefault\n');
  });
});
