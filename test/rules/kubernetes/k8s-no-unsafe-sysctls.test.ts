import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-unsafe-sysctls';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags sysctls outside the safe set', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: tuned
spec:
  securityContext:
    sysctls:
    - name: net.ipv4.tcp_syncookies
      value: "1"
    - name: kernel.msgmax
#           ^^^^^^^^^^^^^ k8s-no-unsafe-sysctls "Pod 'tuned' sets the sysctl kernel.msgmax, which is not in the safe set and can affect the whole node"
      value: "65536"
    - {name: net.core.somaxconn, value: "1024"}
#            ^^^^^^^^^^^^^^^^^^ k8s-no-unsafe-sysctls
  containers: [{name: web, image: "web:1"}]`, opts);
  });

  it('accepts the safe set, also written with slashes', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: tuned
spec:
  securityContext:
    sysctls:
    - name: net.ipv4.ip_local_port_range
      value: "1024 65535"
    - name: net/ipv4/ping_group_range
      value: "0 2147483647"
  containers: [{name: web, image: "web:1"}]`, opts);
  });
});

describe(`${ID} fix`, () => {
  it('removes the unsafe sysctl and keeps the safe one', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    sysctls:\n    - {name: kernel.shm_rmid_forced, value: "1"}\n    - {name: net.core.somaxconn, value: "1024"}\n  containers: [{name: a, image: "a:1"}]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Remove the sysctl net.core.somaxconn']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    sysctls:\n    - {name: kernel.shm_rmid_forced, value: "1"}\n  containers: [{name: a, image: "a:1"}]\n');
  });
});
