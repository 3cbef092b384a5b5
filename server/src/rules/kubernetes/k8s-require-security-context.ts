import doc from './k8s-require-security-context.md';
import { isMap } from '../../parse/yaml-access.js';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer, type Workload } from '../../parse/kubernetes.js';
import { fixes, offersWorkloadFix, restrictedWorkloadFix } from './lib/fixes.js';
import { canJudgeAbsence, containerRange, containers } from './lib/workloads.js';

const empty = (map: unknown) => !isMap(map) || map.items.length === 0;

/** A container with no securityContext of its own in a pod with none either. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-security-context',
    kind: 'kubernetes',
    title: 'No securityContext at all',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0118'],
    doc,
  },
  check({ model, path, project, report }) {
    if (!canJudgeAbsence(model)) return;
    const offered = new Set<Workload>();
    for (const { workload, container } of containers(model)) {
      if (!canJudgeAbsence(model, workload, { path, project }) || !empty(container.securityContext) || !empty(workload.podSecurityContext)) continue;
      const shared = offersWorkloadFix(workload, offered);
      report({
        range: containerRange(model, container),
        message: `${describeContainer(container)} has no securityContext, and neither has its pod: it runs with every default the image and runtime choose (often root, writable, all default capabilities)`,
        fixes: () => fixes(shared ? restrictedWorkloadFix(model, workload) : undefined),
      });
    }
  },
};

export default rule;
