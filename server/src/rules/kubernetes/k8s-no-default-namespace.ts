import doc from './k8s-no-default-namespace.md';
import type { KubernetesRule } from '../kinds.js';
import { kustomizeFacts } from './lib/kustomize.js';
import { canJudgeAbsence, rangeOf, workloadRange, workloads } from './lib/workloads.js';

/** A workload goes to the `default` or `kube-system` namespace, or names none. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-default-namespace',
    kind: 'kubernetes',
    title: 'Workload in the default or kube-system namespace',
    defaultSeverity: 'info',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check({ model, report, path, project }) {
    for (const w of workloads(model)) {
      const ns = w.namespace;
      if (ns !== undefined && ns !== 'default' && ns !== 'kube-system') continue;
      if (ns === undefined && (!canJudgeAbsence(model, w, { path, project }) || kustomizeFacts(model, path, project).namespace)) continue;
      report({
        range: w.namespaceNode ? rangeOf(model, w.namespaceNode) : workloadRange(model, w),
        message: ns === undefined
          ? `${w.kind} '${w.name ?? '?'}' names no namespace, so it lands in whatever namespace is current (often 'default')`
          : `${w.kind} '${w.name ?? '?'}' runs in the '${ns}' namespace; give the application its own namespace for RBAC, quotas and policies`,
      });
    }
  },
};

export default rule;
