import doc from './k8s-rbac-no-nodes-proxy.md';
import type { KubernetesRule } from '../kinds.js';
import { describeRole, grantsIn, verbList } from './lib/rbac.js';
import { fixes } from './lib/fixes.js';
import { removeGrantFix } from './lib/rbac-fixes.js';
import { rangeOf } from './lib/workloads.js';

/** A role may use the `nodes/proxy` subresource (the kubelet API). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-nodes-proxy',
    kind: 'kubernetes',
    title: 'RBAC role can reach the kubelet through nodes/proxy',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const { role, rule: r, resource, verbs } of grantsIn(model, { groups: [''], resources: ['nodes/proxy'], verbs: ['get', 'create', 'update', 'patch', 'delete'] })) {
      report({
        range: rangeOf(model, resource.node),
        fixes: () => fixes(removeGrantFix(model, role, r, 'resources', resource.node, resource.value)),
        message: `${describeRole(role)} can use nodes/proxy (${verbList(verbs)}): the kubelet API behind it runs commands in any pod on the node, bypassing audit and admission`,
      });
    }
  },
};

export default rule;
