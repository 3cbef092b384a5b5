import doc from './k8s-no-tiller.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { containers, rangeOf } from './lib/workloads.js';

/** A container runs Helm 2's Tiller server. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-tiller',
    kind: 'kubernetes',
    title: 'Helm Tiller deployed',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['trivy:KSV-0102'],
    doc,
  },
  check({ model, report }) {
    for (const { container } of containers(model)) {
      const image = container.image;
      if (!image || !/(?:^|\/)tiller(?:[:@]|$)/.test(image)) continue;
      report({
        range: rangeOf(model, container.imageNode),
        message: `${describeContainer(container)} runs Tiller (${image}), Helm 2's unauthenticated in-cluster server with cluster-wide rights; Helm 2 is end-of-life, move to Helm 3`,
      });
    }
  },
};

export default rule;
