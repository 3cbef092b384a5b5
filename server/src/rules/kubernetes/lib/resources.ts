/** Rules asking for one resource setting (requests.cpu, limits.memory …) of each container. */
import { isMap } from 'yaml';
import type { YamlModel } from '../../../parse/yaml.js';
import type { Report } from '../../types.js';
import { describeContainer } from '../../../parse/kubernetes.js';
import { pairOf, valueOf } from '../../../parse/yaml-access.js';
import { canJudgeAbsence, containerRange, containers, isPartial, keyRange } from './workloads.js';

/** Findings for containers (not ephemeral ones, which cannot set resources) that lack `section.resource`. */
export function missingResource(model: YamlModel, section: 'requests' | 'limits', resource: 'cpu' | 'memory', why: string): Report[] {
  if (!canJudgeAbsence(model)) return [];
  const out: Report[] = [];
  for (const { workload, container } of containers(model)) {
    if (container.list === 'ephemeralContainers' || isPartial(workload)) continue;
    const pair = pairOf(container.node, 'resources');
    const s = pair && isMap(pair.value) ? valueOf(pair.value, section) : undefined;
    if (isMap(s) && valueOf(s, resource) !== undefined) continue;
    out.push({ range: pair ? keyRange(model, pair) : containerRange(model, container), message: `${describeContainer(container)} sets no ${section}.${resource}: ${why}` });
  }
  return out;
}
