import doc from './k8s-require-high-gid.md';
import type { KubernetesRule } from '../kinds.js';
import { lowIds } from './lib/id-floor.js';

/** A container's GID is unset or below 10000. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-high-gid',
    kind: 'kubernetes',
    title: 'GID unset or below 10000',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0021'],
    doc,
  },
  check({ model, report }) {
    for (const r of lowIds(model, 'runAsGroup', 'GID')) report(r);
  },
};

export default rule;
