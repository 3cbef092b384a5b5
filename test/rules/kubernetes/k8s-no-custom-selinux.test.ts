import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-custom-selinux';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags a custom type on the pod and a user and role on a container', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  securityContext:
    seLinuxOptions:
      type: spc_t
#           ^^^^^ k8s-no-custom-selinux "Pod 'a' sets the SELinux type spc_t; only container_t, container_init_t, container_kvm_t and container_engine_t keep the container confined"
  containers:
  - name: a
    image: a:1
    securityContext:
      seLinuxOptions: {user: system_u, role: sysadm_r}
#                            ^^^^^^^^ k8s-no-custom-selinux "Pod 'a', container 'a' sets the SELinux user system_u; a custom user can lift the container's confinement"
#                                            ^^^^^^^^ k8s-no-custom-selinux`, opts);
  });

  it('allows the container types and a level', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  securityContext:
    seLinuxOptions: {level: "s0:c123,c456", type: container_t}
  containers:
  - name: a
    image: a:1
    securityContext:
      seLinuxOptions:
        type: container_init_t`, opts);
  });
});

describe(`${ID} fix`, () => {
  it('removes the custom SELinux field, and seLinuxOptions when nothing else is left', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seLinuxOptions:\n      type: spc_t\n  containers: [{name: a, image: "a:1"}]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Remove the custom SELinux type spc_t']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    runAsNonRoot: true\n  containers: [{name: a, image: "a:1"}]\n');
  });
});
