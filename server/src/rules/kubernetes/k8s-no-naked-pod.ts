import doc from './k8s-no-naked-pod.md';
import type { KubernetesRule } from '../kinds.js';
import { valueOf } from '../../parse/yaml-access.js';
import { workloadRange, workloads } from './lib/workloads.js';

/** A bare Pod, with no controller to recreate it. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-naked-pod',
    kind: 'kubernetes',
    title: 'Pod without a controller',
    defaultSeverity: 'hint',
    fix: 'none',
    equivalents: ['polaris:nakedPod'],
    doc,
  },
  check({ model, report }) {
    for (const w of workloads(model)) {
      if (w.kind !== 'Pod' || valueOf(w.metadata, 'ownerReferences') !== undefined) continue;
      report({
        range: workloadRange(model, w),
        message: `Pod '${w.name ?? '?'}' has no controller: when its node fails or it is evicted nothing recreates it; run it from a Deployment, StatefulSet or Job`,
      });
    }
  },
};

export default rule;
