/** Rules asking for a UID or GID of 10000 or more: the effective value, where it is set, and what to report. */
import type { YamlModel } from '../../../parse/yaml.js';
import type { Report } from '../../types.js';
import { describeContainer, effective } from '../../../parse/kubernetes.js';
import { scalarString } from '../../../parse/yaml-access.js';
import { containerSecurityFix, fixes } from './fixes.js';
import { canJudgeAbsence, containerRange, containers, isPartial, isWindowsPod, rangeOf } from './workloads.js';

export const ID_FLOOR = 10000;

/** Findings for containers whose effective `field` is unset or below 10000. */
export function lowIds(model: YamlModel, field: 'runAsUser' | 'runAsGroup', what: 'UID' | 'GID'): Report[] {
  const out: Report[] = [];
  for (const { workload, container } of containers(model)) {
    if (isWindowsPod(workload)) continue;
    const { node, from } = effective(workload, container, field);
    const value = scalarString(node);
    const fix = () => fixes(containerSecurityFix(model, container, { [field]: ID_FLOOR + 1 }, `Set ${field}: ${ID_FLOOR + 1}`));
    if (from === 'unset') {
      if (!canJudgeAbsence(model) || isPartial(workload)) continue;
      out.push({ range: containerRange(model, container), message: `${describeContainer(container)} sets no ${field}, so it runs with the image's ${what}; set a ${what} of ${ID_FLOOR} or more`, fixes: fix });
    } else if (value !== undefined && /^\d+$/.test(value) && +value < ID_FLOOR) {
      const where = from === 'pod' ? ' (from the pod securityContext)' : '';
      out.push({ range: rangeOf(model, node), message: `${describeContainer(container)} runs with ${what} ${value}${where}, below ${ID_FLOOR}: it may match a ${what} of the node with its files and permissions`, fixes: fix });
    }
  }
  return out;
}
