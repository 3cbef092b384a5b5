import doc from './k8s-require-readiness-probe.md';
import type { KubernetesRule } from '../kinds.js';
import { missingProbe } from './lib/probes.js';

/** A long-running container without a readiness probe. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-readiness-probe',
    kind: 'kubernetes',
    title: 'Container without a readiness probe',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['polaris:readinessProbeMissing'],
    doc,
  },
  check({ model, report }) {
    for (const r of missingProbe(model, 'readinessProbe', 'it gets traffic as soon as it starts, before it can serve, and while it is overloaded')) report(r);
  },
};

export default rule;
