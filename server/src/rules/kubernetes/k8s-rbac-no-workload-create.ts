import doc from './k8s-rbac-no-workload-create.md';
import type { KubernetesRule } from '../kinds.js';
import { describeRole, grantsIn, verbList } from './lib/rbac.js';
import { fixes } from './lib/fixes.js';
import { removeGrantFix } from './lib/rbac-fixes.js';
import { rangeOf } from './lib/workloads.js';

const WORKLOADS = [
  { groups: [''], resources: ['pods', 'replicationcontrollers'] },
  { groups: ['apps', 'extensions'], resources: ['deployments', 'daemonsets', 'replicasets'] },
  { groups: ['apps'], resources: ['statefulsets'] },
  { groups: ['batch'], resources: ['jobs', 'cronjobs'] },
];

/** A role may create workloads, and so run pods as any service account of the namespace. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-workload-create',
    kind: 'kubernetes',
    title: 'RBAC role can create workloads',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    const found = WORKLOADS.flatMap(({ groups, resources }) => grantsIn(model, { groups, resources, verbs: ['create'] }));
    found.sort((a, b) => (a.resource.node.range?.[0] ?? 0) - (b.resource.node.range?.[0] ?? 0));
    for (const { role, rule: r, resource, verbs } of found) {
      report({
        range: rangeOf(model, resource.node),
        fixes: () => fixes(removeGrantFix(model, role, r, 'resources', resource.node, resource.value)),
        message: `${describeRole(role)} can create ${resource.value} (${verbList(verbs)}): a pod it creates may mount any Secret and run as any service account of the namespace`,
      });
    }
  },
};

export default rule;
