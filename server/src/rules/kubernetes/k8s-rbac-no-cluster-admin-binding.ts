import doc from './k8s-rbac-no-cluster-admin-binding.md';
import type { KubernetesRule } from '../kinds.js';
import { setScalarFix } from './lib/fixes.js';
import { bindings, describeBinding } from './lib/rbac.js';
import { rangeOf, workloadRange } from './lib/workloads.js';

/** A binding grants the `cluster-admin` ClusterRole (outside the cluster's own `system:` bindings). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-cluster-admin-binding',
    kind: 'kubernetes',
    title: 'Binding to cluster-admin',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0111', 'polaris:clusterrolebindingClusterAdmin', 'polaris:rolebindingClusterAdminClusterRole'],
    doc,
  },
  check({ model, report }) {
    for (const b of bindings(model)) {
      if (b.roleName !== 'cluster-admin' || (b.roleKind ?? 'ClusterRole') !== 'ClusterRole') continue;
      if (b.obj.name?.startsWith('system:')) continue;
      const who = b.subjects.map((s) => `${s.kind} '${s.name}'`).join(', ') || 'its subjects';
      // In a namespace, `edit` keeps the workload rights and drops RBAC; cluster-wide there is no such stand-in.
      const fix = b.cluster ? undefined : setScalarFix(model, b.roleNode, 'edit', 'Bind the edit ClusterRole instead (workloads and config in the namespace, no RBAC or quota changes; Secrets stay readable)');
      report({
        range: b.roleNode ? rangeOf(model, b.roleNode) : workloadRange(model, b.obj),
        fixes: fix ? [fix] : [],
        message: b.cluster
          ? `${describeBinding(b)} makes ${who} cluster-admin: full control of every resource in every namespace`
          : `${describeBinding(b)} grants cluster-admin to ${who}: full control of every resource in namespace '${b.obj.namespace ?? '(current)'}', including its Secrets and RBAC`,
      });
    }
  },
};

export default rule;
