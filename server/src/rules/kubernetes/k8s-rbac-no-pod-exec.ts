import doc from './k8s-rbac-no-pod-exec.md';
import type { KubernetesRule } from '../kinds.js';
import { describeRole, grantsIn, verbList } from './lib/rbac.js';
import { fixes } from './lib/fixes.js';
import { removeGrantFix } from './lib/rbac-fixes.js';
import { rangeOf } from './lib/workloads.js';

/** A role may exec into or attach to pods (`pods/exec`, `pods/attach`). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-pod-exec',
    kind: 'kubernetes',
    title: 'RBAC role can exec into or attach to pods',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0053', 'trivy:KSV-0054', 'polaris:clusterrolePodExecAttach', 'polaris:rolePodExecAttach'],
    doc,
  },
  check({ model, report }) {
    for (const { role, rule: r, resource, verbs } of grantsIn(model, { groups: [''], resources: ['pods/exec', 'pods/attach'], verbs: ['create', 'get'] })) {
      const what = resource.value.toLowerCase() === 'pods/exec' ? 'run commands in' : 'attach to';
      report({
        range: rangeOf(model, resource.node),
        fixes: () => fixes(removeGrantFix(model, role, r, 'resources', resource.node, resource.value)),
        message: `${describeRole(role)} can ${what} running pods (${resource.value}: ${verbList(verbs)}), and so act with their service accounts and read their secrets`,
      });
    }
  },
};

export default rule;
