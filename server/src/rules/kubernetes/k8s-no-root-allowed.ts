import doc from './k8s-no-root-allowed.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer, effective } from '../../parse/kubernetes.js';
import { scalarString } from '../../parse/yaml-access.js';
import { containerSecurityFix, fixes } from './lib/fixes.js';
import { canJudgeAbsence, containerRange, containers, isPartial, isWindowsPod, requiresNonRoot } from './lib/workloads.js';

/** Neither `runAsNonRoot: true` nor a non-zero `runAsUser` applies to the container. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-root-allowed',
    kind: 'kubernetes',
    title: 'Container allowed to run as root (no runAsNonRoot and no non-zero runAsUser)',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['checkov:CKV_K8S_23', 'polaris:runAsRootAllowed', 'kube-linter:run-as-non-root'],
    doc,
  },
  check({ model, report }) {
    if (!canJudgeAbsence(model)) return;
    for (const { workload, container } of containers(model)) {
      if (isPartial(workload) || isWindowsPod(workload) || requiresNonRoot(workload, container)) continue;
      const uid = scalarString(effective(workload, container, 'runAsUser').node);
      if (uid !== undefined && /^\d+$/.test(uid) && +uid > 0) continue;
      report({
        range: containerRange(model, container),
        message: `${describeContainer(container)} sets neither runAsNonRoot: true nor a non-zero runAsUser, so nothing stops it running as root`,
        fixes: () => fixes(containerSecurityFix(model, container, { runAsNonRoot: true }, 'Set runAsNonRoot: true')),
      });
    }
  },
};

export default rule;
