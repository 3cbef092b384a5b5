import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-docker-socket';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags the Docker, containerd and CRI-O sockets and their directories', () => {
    expectFindings(ID, `apiVersion: apps/v1
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
#               ^^^^^^^^^^^^^^^^^^^^ k8s-no-docker-socket "Volume 'sock' mounts the container runtime socket /var/run/docker.sock: whoever controls the pod can start privileged containers and so controls the node"
      - name: containerd
        hostPath: {path: /run/containerd/containerd.sock, type: Socket}
#                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ k8s-no-docker-socket
      - name: crio
        hostPath: {path: /var/run/crio/}
#                        ^^^^^^^^^^^^^^ k8s-no-docker-socket`, opts);
  });

  it('stays quiet for other host paths and volume types', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: "app:1"}]
  volumes:
  - {name: logs, hostPath: {path: /var/log}}
  - {name: sock, emptyDir: {}}
  - {name: conf, configMap: {name: docker.sock}}
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it('replaces the socket volume with an emptyDir', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: "a:1"}]\n  volumes:\n  - name: sock\n    hostPath:\n      path: /var/run/docker.sock\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Replace the socket volume with an emptyDir (whatever talks to the runtime stops working)']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: "a:1"}]\n  volumes:\n  - name: sock\n    emptyDir: {}\n');
  });
});
