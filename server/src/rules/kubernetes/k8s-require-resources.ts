import doc from './k8s-require-resources.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isMap, pairOf, valueOf } from '../../parse/yaml-access.js';
import { fixes } from './lib/fixes.js';
import { resourcesFix } from './lib/resources.js';
import { canJudgeAbsence, containerRange, containers, keyRange } from './lib/workloads.js';

const WANTED: [section: 'requests' | 'limits', resource: 'cpu' | 'memory'][] = [['requests', 'cpu'], ['requests', 'memory'], ['limits', 'memory']];

/** A container lacks CPU/memory requests or a memory limit. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-resources',
    kind: 'kubernetes',
    title: 'Missing resource requests or memory limit',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report, path, project }) {
    for (const { workload, container } of containers(model)) {
      if (container.list === 'ephemeralContainers' || !canJudgeAbsence(model, workload, { path, project })) continue;
      const pair = pairOf(container.node, 'resources');
      const resources = pair && isMap(pair.value) ? pair.value : undefined;
      const missing = WANTED.filter(([section, resource]) => {
        const s = valueOf(resources, section);
        return !isMap(s) || valueOf(s, resource) === undefined;
      });
      if (!missing.length) continue;
      report({
        range: pair ? keyRange(model, pair) : containerRange(model, container),
        message: `${describeContainer(container)} sets no ${missing.map(([s, r]) => `${s}.${r}`).join(', ')}; without them one pod can starve its neighbours or be evicted first`,
        fixes: () => fixes(resourcesFix(model, container.node, missing)),
      });
    }
  },
};

export default rule;
