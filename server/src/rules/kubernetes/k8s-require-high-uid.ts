import doc from './k8s-require-high-uid.md';
import type { KubernetesRule } from '../kinds.js';
import { lowIds } from './lib/id-floor.js';

/** A container's UID is unset or below 10000. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-high-uid',
    kind: 'kubernetes',
    title: 'UID unset or below 10000',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0020', 'checkov:CKV_K8S_40'],
    doc,
  },
  check({ model, report }) {
    for (const r of lowIds(model, 'runAsUser', 'UID')) report(r);
  },
};

export default rule;
