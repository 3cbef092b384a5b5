import doc from './k8s-require-seccomp-profile.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { containerSecurityFix, fixes, offersWorkloadFix, restrictedWorkloadFix } from './lib/fixes.js';
import { canJudgeAbsence, containerRange, containers, isWindowsPod, rangeOf, restrictedLevel, seccompType, type Workload } from './lib/workloads.js';

/**
 * No seccomp profile applies to a container (PSS restricted "Seccomp").
 * An explicit `Unconfined` is `k8s-no-seccomp-unconfined`'s finding.
 */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-seccomp-profile',
    kind: 'kubernetes',
    title: 'No seccomp profile (restricted)',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0030', 'trivy:KSV-0104'],
    doc,
  },
  check({ model, settings, report, path, project }) {
    const offered = new Set<Workload>();
    if (!restrictedLevel(settings)) return;
    for (const { workload, container } of containers(model)) {
      if (isWindowsPod(workload) || !canJudgeAbsence(model, workload, { path, project })) continue;
      const { type, node } = seccompType(workload, container);
      if (type === 'RuntimeDefault' || type === 'Localhost' || type === 'Unconfined') continue;
      const shared = offersWorkloadFix(workload, offered);
      report({
        range: node ? rangeOf(model, node) : containerRange(model, container),
        message: type
          ? `${describeContainer(container)} has seccomp profile type ${type}; use RuntimeDefault or Localhost`
          : `${describeContainer(container)} has no seccomp profile, so no system call is filtered; set seccompProfile.type: RuntimeDefault`,
        fixes: () => fixes(
          containerSecurityFix(model, container, { seccompProfile: { type: 'RuntimeDefault' } }, 'Use the RuntimeDefault seccomp profile'),
          shared ? restrictedWorkloadFix(model, workload) : undefined,
        ),
      });
    }
  },
};

export default rule;
