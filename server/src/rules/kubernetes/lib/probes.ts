/** Containers that should declare a probe: long-running ones (not Jobs, not init or ephemeral containers). */
import type { YamlModel } from '../../../parse/yaml.js';
import type { Report } from '../../types.js';
import { describeContainer } from '../../../parse/kubernetes.js';
import { valueOf } from '../../../parse/yaml-access.js';
import { canJudgeAbsence, containerRange, containers, isPartial } from './workloads.js';

const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);

/** Findings for long-running containers that lack `probe`. */
export function missingProbe(model: YamlModel, probe: 'livenessProbe' | 'readinessProbe', why: string): Report[] {
  if (!canJudgeAbsence(model)) return [];
  return containers(model)
    .filter(({ workload, container }) => container.list === 'containers' && !isPartial(workload) && !RUN_TO_COMPLETION.has(workload.kind) && valueOf(container.node, probe) === undefined)
    .map(({ container }) => ({ range: containerRange(model, container), message: `${describeContainer(container)} has no ${probe}: ${why}` }));
}
