import doc from './k8s-require-cpu-limit.md';
import type { KubernetesRule } from '../kinds.js';
import { missingResource } from './lib/resources.js';

/** A container sets no `resources.limits.cpu`. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-cpu-limit',
    kind: 'kubernetes',
    title: 'CPU limit not set',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0011', 'polaris:cpuLimitsMissing'],
    doc,
  },
  check({ model, report }) {
    for (const r of missingResource(model, 'limits', 'cpu', 'can use every core of its node and slow its neighbours')) report(r);
  },
};

export default rule;
