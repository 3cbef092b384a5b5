import doc from './k8s-rbac-no-csr-approval.md';
import type { KubernetesRule } from '../kinds.js';
import { describeRole, grantsIn, verbList } from './lib/rbac.js';
import { rangeOf } from './lib/workloads.js';

/** A role may approve certificate signing requests. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-csr-approval',
    kind: 'kubernetes',
    title: 'RBAC role can approve certificate signing requests',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['checkov:CKV_K8S_156'],
    doc,
  },
  check({ model, report }) {
    for (const { role, resource, verbs } of grantsIn(model, {
      groups: ['certificates.k8s.io'],
      resources: ['certificatesigningrequests/approval'],
      verbs: ['update', 'patch'],
    })) {
      report({
        range: rangeOf(model, resource.node),
        message: `${describeRole(role)} can approve certificate signing requests (${verbList(verbs)}): it can issue itself a client certificate for any user or group, system:masters included`,
      });
    }
  },
};

export default rule;
