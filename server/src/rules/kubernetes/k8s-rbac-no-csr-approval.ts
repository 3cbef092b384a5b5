import doc from './k8s-rbac-no-csr-approval.md';
import type { KubernetesRule } from '../kinds.js';
import { describeRole, grantsIn, verbList } from './lib/rbac.js';
import { fixes } from './lib/fixes.js';
import { removeGrantFix } from './lib/rbac-fixes.js';
import { rangeOf } from './lib/workloads.js';

/** A role may approve certificate signing requests. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-csr-approval',
    kind: 'kubernetes',
    title: 'RBAC role can approve certificate signing requests',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['checkov:CKV_K8S_156'],
    doc,
  },
  check({ model, report }) {
    for (const { role, rule: r, resource, verbs } of grantsIn(model, {
      groups: ['certificates.k8s.io'],
      resources: ['certificatesigningrequests/approval'],
      verbs: ['update', 'patch'],
    })) {
      report({
        range: rangeOf(model, resource.node),
        fixes: () => fixes(removeGrantFix(model, role, r, 'resources', resource.node, resource.value)),
        message: `${describeRole(role)} can approve certificate signing requests (${verbList(verbs)}): it can issue itself a client certificate for any user or group, system:masters included`,
      });
    }
  },
};

export default rule;
