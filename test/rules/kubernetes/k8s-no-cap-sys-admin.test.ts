import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-cap-sys-admin';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags SYS_ADMIN added, with or without CAP_ and in any case', () => {
    const findings = expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  initContainers:
  - name: setup
    image: setup:1
    securityContext: {capabilities: {add: [cap_sys_admin]}}
#                                          ^^^^^^^^^^^^^ k8s-no-cap-sys-admin
  containers:
  - name: app
    image: app:1
    securityContext:
      capabilities:
        add: [NET_ADMIN, SYS_ADMIN]
#                        ^^^^^^^^^ k8s-no-cap-sys-admin "Pod 'a', container 'app' adds SYS_ADMIN: mounts, namespaces and much of the kernel, close to root on the node; find the narrower capability the workload needs"`, opts);
    assert.deepEqual(findings.map((f) => f.severity), ['error', 'error']);
  });

  it('stays quiet for dropping it and for other capabilities', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext: {capabilities: {drop: [SYS_ADMIN], add: [NET_ADMIN, SYS_ADMINX]}}\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it('removes the add list when SYS_ADMIN is its only entry', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      capabilities:\n        drop: [ALL]\n        add:\n        - SYS_ADMIN\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Stop adding SYS_ADMIN']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      capabilities:\n        drop: [ALL]\n');
  });
});
