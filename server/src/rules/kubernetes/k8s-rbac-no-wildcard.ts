import doc from './k8s-rbac-no-wildcard.md';
import type { KubernetesRule } from '../kinds.js';
import { describeRole, roles } from './lib/rbac.js';
import { rangeOf } from './lib/workloads.js';

const FIELD_MEANING = {
  verbs: 'every verb, including ones added to the API later (escalate, bind, impersonate)',
  resources: 'every resource of its API groups, including secrets and ones added later',
  apiGroups: 'every API group, including ones that custom resources add later',
} as const;

/** A Role or ClusterRole rule with `*` in `verbs`, `resources` or `apiGroups`. */
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
        for (const field of ['verbs', 'resources', 'apiGroups'] as const) {
          for (const entry of r[field]) {
            if (entry.value !== '*') continue;
            report({
              range: rangeOf(model, entry.node),
              message: `${describeRole(role)} grants '*' in ${field}: ${FIELD_MEANING[field]}; list what it needs instead`,
            });
          }
        }
      }
    }
  },
};

export default rule;
