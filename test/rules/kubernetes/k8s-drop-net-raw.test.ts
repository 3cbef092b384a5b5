import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-drop-net-raw';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags containers that keep or add NET_RAW', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
#         ^ k8s-drop-net-raw "Pod 'p', container 'a' keeps NET_RAW, which the runtime grants by default; drop it (or ALL)"
    image: a:1
    securityContext: {capabilities: {drop: [SYS_ADMIN]}}
  - name: b
    image: b:1
    securityContext: {capabilities: {drop: [ALL], add: [CAP_NET_RAW]}}
#                                                       ^^^^^^^^^^^ k8s-drop-net-raw "Pod 'p', container 'b' adds NET_RAW: it can craft raw packets, e.g. to spoof ARP or DNS on the node network"`, opts);
  });

  it('stays quiet when NET_RAW or ALL is dropped', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: "a:1", securityContext: {capabilities: {drop: [net_raw]}}}\n  - {name: b, image: "b:1", securityContext: {capabilities: {drop: [ALL]}}}\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it('drops NET_RAW in the container securityContext', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      capabilities:\n        drop: [SETUID]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Drop NET_RAW']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      capabilities:\n        drop: [SETUID, NET_RAW]\n');
  });
});
