import doc from './k8s-require-memory-limit.md';
import type { KubernetesRule } from '../kinds.js';
import { missingResource } from './lib/resources.js';

/** A container sets no `resources.limits.memory`. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-memory-limit',
    kind: 'kubernetes',
    title: 'Memory limit not set',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0018', 'polaris:memoryLimitsMissing'],
    doc,
  },
  check({ model, report }) {
    for (const r of missingResource(model, 'limits', 'memory', 'can use the memory of its whole node until the kernel kills its neighbours')) report(r);
  },
};

export default rule;
