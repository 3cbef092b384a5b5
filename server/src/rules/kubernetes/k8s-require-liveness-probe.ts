import doc from './k8s-require-liveness-probe.md';
import type { KubernetesRule } from '../kinds.js';
import { missingProbe } from './lib/probes.js';

/** A long-running container without a liveness probe. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-liveness-probe',
    kind: 'kubernetes',
    title: 'Container without a liveness probe',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['polaris:livenessProbeMissing'],
    doc,
  },
  check({ model, report }) {
    for (const r of missingProbe(model, 'livenessProbe', 'a hung process keeps receiving traffic until someone restarts it')) report(r);
  },
};

export default rule;
