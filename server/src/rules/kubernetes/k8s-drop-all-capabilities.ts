import doc from './k8s-drop-all-capabilities.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { containerSecurityFix, fixes, offersWorkloadFix, restrictedWorkloadFix } from './lib/fixes.js';
import { canJudgeAbsence, capabilities, containerRange, containers, dropsAll, isWindowsPod, rangeOf, restrictedLevel, type Workload } from './lib/workloads.js';

/** A container does not drop ALL capabilities (PSS restricted "Capabilities"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-drop-all-capabilities',
    kind: 'kubernetes',
    title: 'Container does not drop all capabilities (restricted)',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0003', 'trivy:KSV-0106', 'checkov:CKV_K8S_37'],
    doc,
  },
  check({ model, settings, report, path, project }) {
    const offered = new Set<Workload>();
    if (!restrictedLevel(settings)) return;
    for (const { workload, container } of containers(model)) {
      if (isWindowsPod(workload) || dropsAll(container) || !canJudgeAbsence(model, workload, { path, project })) continue;
      const dropped = capabilities(container, 'drop');
      const shared = offersWorkloadFix(workload, offered);
      report({
        range: dropped.length ? rangeOf(model, dropped[0].node) : containerRange(model, container),
        message: dropped.length
          ? `${describeContainer(container)} drops only ${dropped.map((d) => d.name).join(', ')}; drop ALL and add back what it needs`
          : `${describeContainer(container)} keeps the runtime's default capabilities; drop ALL and add back what it needs`,
        fixes: () => fixes(
          containerSecurityFix(model, container, { capabilities: { drop: ['ALL'] } }, 'Drop all capabilities'),
          shared ? restrictedWorkloadFix(model, workload) : undefined,
        ),
      });
    }
  },
};

export default rule;
