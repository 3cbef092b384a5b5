import doc from './k8s-no-automount-service-account-token.md';
import type { KubernetesRule } from '../kinds.js';
import { isYaml11False, scalarString, valueOf } from '../../parse/yaml-access.js';
import { fixes, mergeFix } from './lib/fixes.js';
import { canJudgeAbsence, objects, rangeOf, workloadRange, workloads } from './lib/workloads.js';

/**
 * The pod gets a Kubernetes API token mounted: `automountServiceAccountToken`
 * is not false on the pod, nor on a ServiceAccount of the same file it uses.
 */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-automount-service-account-token',
    kind: 'kubernetes',
    title: 'Service-account token mounted automatically',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['checkov:CKV_K8S_38', 'trivy:KSV-0036', 'polaris:automountServiceAccountToken'],
    doc,
  },
  check({ model, report, path, project }) {
    const quietAccounts = new Set(objects(model)
      .filter((o) => o.kind === 'ServiceAccount' && isYaml11False(valueOf(o.node, 'automountServiceAccountToken')))
      .map((o) => `${o.namespace ?? ''}/${o.name ?? ''}`));
    for (const w of workloads(model)) {
      const node = valueOf(w.podSpec, 'automountServiceAccountToken');
      if (isYaml11False(node)) continue;
      const account = scalarString(valueOf(w.podSpec, 'serviceAccountName')) ?? scalarString(valueOf(w.podSpec, 'serviceAccount')) ?? 'default';
      if (!node && quietAccounts.has(`${w.namespace ?? ''}/${account}`)) continue;
      if (!node && !canJudgeAbsence(model, w, { path, project })) continue;
      report({
        range: node ? rangeOf(model, node) : workloadRange(model, w),
        message: `${w.kind} '${w.name ?? '?'}' gets the API token of service account '${account}' mounted; set automountServiceAccountToken: false unless it calls the Kubernetes API`,
        fixes: fixes(mergeFix(model, w.podSpec, { automountServiceAccountToken: false }, 'Set automountServiceAccountToken: false')),
      });
    }
  },
};

export default rule;
