import doc from './k8s-no-cap-sys-admin.md';
import type { KubernetesRule } from '../kinds.js';
import { addedCapability } from './lib/named-capability.js';

/** A container adds CAP_SYS_ADMIN. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-cap-sys-admin',
    kind: 'kubernetes',
    title: 'SYS_ADMIN capability added',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0005', 'trivy:KSV-0022', 'trivy:KSV-0106', 'checkov:CKV_K8S_39', 'checkov:CKV_K8S_25', 'kubesec:CapSysAdmin'],
    doc,
  },
  check({ model, report }) {
    for (const r of addedCapability(model, 'SYS_ADMIN', 'mounts, namespaces and much of the kernel, close to root on the node; find the narrower capability the workload needs')) report(r);
  },
};

export default rule;
