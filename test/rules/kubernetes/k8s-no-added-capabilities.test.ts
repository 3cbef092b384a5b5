import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-added-capabilities';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags capabilities outside the default set, dangerous ones as errors, leaving SYS_ADMIN and SYS_MODULE to their own rules', () => {
    const findings = expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
  - name: net
    image: net:1
    securityContext:
      capabilities:
        add:
        - SYS_ADMIN
        - CAP_SYS_MODULE
        - NET_ADMIN
#         ^^^^^^^^^ k8s-no-added-capabilities "Pod 'a', container 'net' adds NET_ADMIN: reconfiguring interfaces, routes and firewall rules"
        - CAP_NET_RAW
#         ^^^^^^^^^^^ k8s-no-added-capabilities
        - CHOWN
        - NET_BIND_SERVICE
        - SYSLOG
#         ^^^^^^ k8s-no-added-capabilities "Pod 'a', container 'net' adds SYSLOG, which is outside the default capability set"
  ephemeralContainers:
  - name: debug
    image: busybox:1.36
    securityContext: {capabilities: {add: [sys_ptrace]}}
#                                          ^^^^^^^^^^ k8s-no-added-capabilities`, opts);
    assert.deepEqual(findings.map((f) => f.severity), ['error', 'error', 'warning', 'error']);
  });

  it('stays quiet for default-set additions and for drops', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
  - name: a
    image: a:1
    securityContext:
      capabilities:
        drop: [ALL, SYS_ADMIN]
        add: [NET_BIND_SERVICE, CHOWN, SETUID]`, opts);
  });
});

describe(`${ID} fix`, () => {
  it('stops adding the capability and keeps the others', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      capabilities:\n        add: [NET_ADMIN, CHOWN]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Stop adding NET_ADMIN']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      capabilities:\n        add: [CHOWN]\n');
  });
});
