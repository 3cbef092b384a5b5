/** Containers that should declare a probe: long-running ones (not Jobs, not init or ephemeral containers). */
import type { YamlModel } from '../../../parse/yaml.js';
import type { Report } from '../../types.js';
import { describeContainer } from '../../../parse/kubernetes.js';
import { scalarString, valueOf } from '../../../parse/yaml-access.js';
import { fixes, mergeFix } from './fixes.js';
import { canJudgeAbsence, containerPorts, containerRange, containers, isPartial, type Container } from './workloads.js';

const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);

/** Findings for long-running containers that lack `probe`. */
export function missingProbe(model: YamlModel, probe: 'livenessProbe' | 'readinessProbe', why: string): Report[] {
  if (!canJudgeAbsence(model)) return [];
  return containers(model)
    .filter(({ workload, container }) => container.list === 'containers' && !isPartial(workload) && !RUN_TO_COMPLETION.has(workload.kind) && valueOf(container.node, probe) === undefined)
    .map(({ container }) => {
      const port = firstPort(container);
      const fix = () => port === undefined ? undefined : mergeFix(model, container.node, { [probe]: { tcpSocket: { port } } }, `Add a ${probe} that checks TCP port ${port} (an HTTP check of a health path is better where there is one)`);
      return { range: containerRange(model, container), message: `${describeContainer(container)} has no ${probe}: ${why}`, fixes: () => fixes(fix()) };
    });
}

/** The first numeric TCP `containerPort` the container declares. */
function firstPort(container: Container): number | undefined {
  for (const p of containerPorts(container)) {
    const protocol = scalarString(valueOf(p, 'protocol'));
    const value = scalarString(valueOf(p, 'containerPort'));
    if (value !== undefined && /^\d+$/.test(value) && +value > 0 && (protocol === undefined || protocol === 'TCP')) return +value;
  }
  return undefined;
}
