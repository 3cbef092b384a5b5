import doc from './k8s-require-memory-request.md';
import type { KubernetesRule } from '../kinds.js';
import { missingResource } from './lib/resources.js';

/** A container sets no `resources.requests.memory`. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-memory-request',
    kind: 'kubernetes',
    title: 'Memory request not set',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0016', 'polaris:memoryRequestsMissing'],
    doc,
  },
  check({ model, report }) {
    for (const r of missingResource(model, 'requests', 'memory', 'is scheduled as if it needed no memory and is evicted first when the node runs short')) report(r);
  },
};

export default rule;
