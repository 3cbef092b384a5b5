import doc from './k8s-rbac-no-webhook-write.md';
import type { KubernetesRule } from '../kinds.js';
import { describeRole, grantsIn, verbList } from './lib/rbac.js';
import { fixes } from './lib/fixes.js';
import { removeGrantFix } from './lib/rbac-fixes.js';
import { rangeOf } from './lib/workloads.js';

/** A role may create or change admission webhook configurations. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-webhook-write',
    kind: 'kubernetes',
    title: 'RBAC role can write admission webhook configurations',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['checkov:CKV_K8S_155'],
    doc,
  },
  check({ model, report }) {
    for (const { role, rule: r, resource, verbs } of grantsIn(model, {
      groups: ['admissionregistration.k8s.io'],
      resources: ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations'],
      verbs: ['create', 'update', 'patch'],
    })) {
      report({
        range: rangeOf(model, resource.node),
        fixes: () => fixes(removeGrantFix(model, role, r, 'resources', resource.node, resource.value)),
        message: `${describeRole(role)} can write ${resource.value} (${verbList(verbs)}): it can read or rewrite every object sent to the API server, or switch off the checks that guard it`,
      });
    }
  },
};

export default rule;
