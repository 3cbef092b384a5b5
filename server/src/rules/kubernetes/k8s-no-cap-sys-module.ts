import doc from './k8s-no-cap-sys-module.md';
import type { KubernetesRule } from '../kinds.js';
import { addedCapability } from './lib/named-capability.js';

/** A container adds CAP_SYS_MODULE. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-cap-sys-module',
    kind: 'kubernetes',
    title: 'SYS_MODULE capability added',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0120', 'trivy:KSV-0022', 'trivy:KSV-0106', 'checkov:CKV_K8S_25'],
    doc,
  },
  check({ model, report }) {
    for (const r of addedCapability(model, 'SYS_MODULE', 'it can load kernel modules into the node, which is code running as the kernel')) report(r);
  },
};

export default rule;
