import doc from './k8s-require-cpu-request.md';
import type { KubernetesRule } from '../kinds.js';
import { missingResource } from './lib/resources.js';

/** A container sets no `resources.requests.cpu`. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-cpu-request',
    kind: 'kubernetes',
    title: 'CPU request not set',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0015', 'polaris:cpuRequestsMissing'],
    doc,
  },
  check({ model, report }) {
    for (const r of missingResource(model, 'requests', 'cpu', 'is scheduled as if it needed no CPU and is first to be starved under load')) report(r);
  },
};

export default rule;
