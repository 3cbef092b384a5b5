import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-rbac-no-nodes-proxy';
const opts = { path: '/work/k8s/rbac.yaml' };

describe(ID, () => {
  it('flags nodes/proxy', () => {
    expectFindings(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: scraper
rules:
- apiGroups: [""]
  resources: [nodes, nodes/proxy]
#                    ^^^^^^^^^^^ k8s-rbac-no-nodes-proxy "ClusterRole 'scraper' can use nodes/proxy (get): the kubelet API behind it runs commands in any pod on the node, bypassing audit and admission"
  verbs: [get, list, watch]`, opts);
  });

  it('stays quiet for nodes/metrics', () => {
    expectClean(ID, `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: scraper}
rules:
- apiGroups: [""]
  resources: [nodes, nodes/metrics, nodes/stats]
  verbs: [get, list, watch]
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("removes nodes/proxy", () => {
    const before = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [nodes, nodes/proxy]\n  verbs: [get]\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove nodes/proxy from this rule"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [nodes]\n  verbs: [get]\n');
  });
});
