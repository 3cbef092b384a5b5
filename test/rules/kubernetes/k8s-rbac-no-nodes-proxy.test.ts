import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
