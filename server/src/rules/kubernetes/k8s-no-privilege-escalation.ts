import doc from './k8s-no-privilege-escalation.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { containerSecurityFix, fixes, offersWorkloadFix, restrictedWorkloadFix } from './lib/fixes.js';
import { blocksPrivilegeEscalation, canJudgeAbsence, containerField, containerRange, containers, isWindowsPod, rangeOf, restrictedLevel, type Workload } from './lib/workloads.js';

/** `allowPrivilegeEscalation` is not `false` (PSS restricted "Privilege Escalation"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-privilege-escalation',
    kind: 'kubernetes',
    title: 'Privilege escalation not blocked (restricted)',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0001', 'checkov:CKV_K8S_20', 'polaris:privilegeEscalationAllowed'],
    doc,
  },
  check({ model, settings, report, path, project }) {
    const offered = new Set<Workload>();
    if (!restrictedLevel(settings)) return;
    for (const { workload, container } of containers(model)) {
      if (isWindowsPod(workload) || blocksPrivilegeEscalation(container)) continue;
      const node = containerField(container, 'allowPrivilegeEscalation');
      if (!node && !canJudgeAbsence(model, workload, { path, project })) continue;
      const shared = offersWorkloadFix(workload, offered);
      report({
        range: node ? rangeOf(model, node) : containerRange(model, container),
        message: node
          ? `${describeContainer(container)} allows privilege escalation: setuid binaries and file capabilities can gain privileges`
          : `${describeContainer(container)} does not set allowPrivilegeEscalation: false, so setuid binaries can gain privileges`,
        fixes: () => fixes(
          containerSecurityFix(model, container, { allowPrivilegeEscalation: false }, 'Set allowPrivilegeEscalation: false'),
          shared ? restrictedWorkloadFix(model, workload) : undefined,
        ),
      });
    }
  },
};

export default rule;
