import doc from './k8s-rbac-no-wildcard.md';
import type { KubernetesRule } from '../kinds.js';
import { describeRole, roles, type Entry } from './lib/rbac.js';
import { rangeOf } from './lib/workloads.js';

const FIELDS = ['apiGroups', 'resources', 'verbs'] as const;
const MEANING: Record<(typeof FIELDS)[number], string> = {
  apiGroups: 'every API group, including ones custom resources add later',
  resources: 'every resource of its groups, secrets included',
  verbs: 'every verb, escalate, bind and impersonate included',
};

/** A Role or ClusterRole rule with `*` in `verbs`, `resources` or `apiGroups` (one finding per policy rule). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-wildcard',
    kind: 'kubernetes',
    title: 'RBAC role with a wildcard',
    defaultSeverity: 'info',
    fix: 'none',
    equivalents: ['checkov:CKV_K8S_49', 'trivy:KSV-0044', 'trivy:KSV-0045', 'trivy:KSV-0046', 'trivy:KSV-0112'],
    doc,
  },
  check({ model, report }) {
    for (const role of roles(model)) {
      for (const r of role.rules) {
        const found: { field: (typeof FIELDS)[number]; entry: Entry }[] = [];
        for (const field of FIELDS) {
          const entry = r[field].find((e) => e.value === '*');
          if (entry) found.push({ field, entry });
        }
        if (!found.length) continue;
        const first = found.reduce((a, b) => ((b.entry.node.range?.[0] ?? 0) < (a.entry.node.range?.[0] ?? 0) ? b : a));
        const message = found.length === FIELDS.length
          ? `${describeRole(role)} grants every verb on every resource of every API group ('*'), as much as cluster-admin; list what it needs instead`
          : `${describeRole(role)} grants '*' in ${found.map((f) => f.field).join(' and ')}: ${found.map((f) => MEANING[f.field]).join('; ')}; list what it needs instead`;
        report({ range: rangeOf(model, first.entry.node), message });
      }
    }
  },
};

export default rule;
