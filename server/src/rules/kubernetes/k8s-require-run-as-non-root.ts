import doc from './k8s-require-run-as-non-root.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer, effective } from '../../parse/kubernetes.js';
import { containerSecurityFix, fixes, offersWorkloadFix, restrictedWorkloadFix } from './lib/fixes.js';
import { canJudgeAbsence, containerRange, containers, rangeOf, requiresNonRoot, restrictedLevel, type Workload } from './lib/workloads.js';

/** `runAsNonRoot: true` applies to no level of the container (PSS restricted "Running as Non-root"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-run-as-non-root',
    kind: 'kubernetes',
    title: 'Container may run as root (restricted)',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0012'],
    doc,
  },
  check({ model, settings, report, path, project }) {
    const offered = new Set<Workload>();
    if (!restrictedLevel(settings)) return;
    for (const { workload, container } of containers(model)) {
      if (requiresNonRoot(workload, container)) continue;
      const { node, from } = effective(workload, container, 'runAsNonRoot');
      if (!node && !canJudgeAbsence(model, workload, { path, project })) continue;
      const shared = offersWorkloadFix(workload, offered);
      report({
        range: node ? rangeOf(model, node) : containerRange(model, container),
        message: node
          ? `${describeContainer(container)} has runAsNonRoot set to something other than true${from === 'pod' ? ' (from the pod)' : ''}, so it may run as root`
          : `${describeContainer(container)} does not set runAsNonRoot: true, so it runs as root if the image says so`,
        fixes: () => fixes(
          containerSecurityFix(model, container, { runAsNonRoot: true }, 'Set runAsNonRoot: true'),
          containerSecurityFix(model, container, { runAsNonRoot: true, runAsUser: 10001 }, 'Run as UID 10001 with runAsNonRoot: true'),
          shared ? restrictedWorkloadFix(model, workload) : undefined,
        ),
      });
    }
  },
};

export default rule;
