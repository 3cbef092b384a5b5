import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';
import { assertSameExcept } from '../../helpers/yaml-compare.js';

const ID = 'k8s-no-host-network';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags hostNetwork: true on the pod spec of a DaemonSet and of a Pod in a List', () => {
    expectFindings(ID, `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  template:
    spec:
      hostNetwork: true
#                  ^^^^ k8s-no-host-network "DaemonSet 'agent' sets hostNetwork: true: the pod shares the node's network stack and can reach services bound to the node's loopback and sniff its traffic"
      containers:
      - name: agent
        image: agent:1.0
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec: {hostNetwork: true, containers: [{name: a, image: "a:1"}]}
#                     ^^^^ k8s-no-host-network`, opts);
  });

  it('stays quiet for false, for a hostNetwork key outside a pod spec, and for unknown kinds', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  hostNetwork: false
  containers:
  - name: a
    image: a:1
---
apiVersion: example.com/v1
kind: Widget
spec:
  template:
    spec:
      hostNetwork: true`, opts);
  });

  it('sets hostNetwork: false and changes nothing else', () => {
    const before = `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  hostNetwork: true   # for the node exporter
  containers:
  - name: a
    image: a:1
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Set hostNetwork: false']);
    const after = applyFix(ID, before, opts);
    assert.equal(after, before.replace('hostNetwork: true', 'hostNetwork: false'));
    assertSameExcept(before, after, [[0, 'spec', 'hostNetwork']]);
  });
});
