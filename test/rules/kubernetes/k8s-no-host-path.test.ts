import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-no-host-path';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags hostPath volumes, as errors for sensitive directories, leaving runtime sockets to k8s-no-docker-socket', () => {
    const findings = expectFindings(ID, `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  template:
    spec:
      containers:
      - name: agent
        image: agent:1.0
      volumes:
      - name: sock
        hostPath:
          path: /var/run/docker.sock
      - name: containerd
        hostPath: {path: /run/containerd/containerd.sock, type: Socket}
      - name: root
        hostPath:
          path: /
#               ^ k8s-no-host-path "Volume 'root' mounts / from the node: the node's whole filesystem"
      - name: kubelet
        hostPath:
          path: /var/lib/kubelet/pods
#               ^^^^^^^^^^^^^^^^^^^^^ k8s-no-host-path
      - name: logs
        hostPath:
          path: /var/log
#               ^^^^^^^^ k8s-no-host-path "Volume 'logs' mounts /var/log from the node; use emptyDir, a ConfigMap or a PersistentVolumeClaim instead"
      - name: odd
        hostPath:
#       ^^^^^^^^ k8s-no-host-path
      - name: cache
        emptyDir: {}`, opts);
    assert.deepEqual(findings.map((f) => f.severity), ['error', 'error', 'warning', 'warning']);
    assert.deepEqual(findings.map((f) => f.fixes.map((x) => [x.title, x.safe])), Array(4).fill([['Replace the hostPath volume with an emptyDir (nothing is read from or kept on the node)', false]]));
  });

  it('replaces the hostPath volume with an emptyDir, block and flow style', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [{name: a, image: "a:1"}]\n  volumes:\n  - name: logs\n    hostPath:\n      path: /var/log\n      type: Directory\n  - {name: tmp, hostPath: {path: /tmp}}\n';
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [{name: a, image: "a:1"}]\n  volumes:\n  - name: logs\n    emptyDir: {}\n  - {name: tmp, hostPath: {path: /tmp}}\n');
    assert.equal(applyFix(ID, before, opts, 1), 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [{name: a, image: "a:1"}]\n  volumes:\n  - name: logs\n    hostPath:\n      path: /var/log\n      type: Directory\n  - {name: tmp, emptyDir: {}}\n');
  });

  it('stays quiet for other volume types and for /etc-like names that are not hostPath', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers: [{name: a, image: "a:1"}]
  volumes:
  - name: etc
    configMap: {name: etc}
  - name: data
    persistentVolumeClaim: {claimName: data}`, opts);
  });
});
