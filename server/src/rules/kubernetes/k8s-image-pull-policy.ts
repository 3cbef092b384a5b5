import doc from './k8s-image-pull-policy.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { scalarString, valueOf } from '../../parse/yaml-access.js';
import { fixes, mergeFix } from './lib/fixes.js';
import { isLatest, parseImage } from './lib/images.js';
import { containers, isTemplatedValue, rangeOf } from './lib/workloads.js';

/**
 * A `:latest` (or untagged) image with `imagePullPolicy` overridden to
 * `IfNotPresent` or `Never`: each node keeps whatever build it pulled first.
 */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-image-pull-policy',
    kind: 'kubernetes',
    title: 'Moving tag never re-pulled',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const { container } of containers(model)) {
      const image = container.image?.trim();
      const node = valueOf(container.node, 'imagePullPolicy');
      const policy = scalarString(node);
      if (!image || !node || isTemplatedValue(image) || !isLatest(parseImage(image))) continue;
      if (policy !== 'IfNotPresent' && policy !== 'Never') continue;
      report({
        range: rangeOf(model, node),
        message: `${describeContainer(container)} uses the moving tag of ${image} with imagePullPolicy: ${policy}, so each node runs whichever build it pulled first`,
        fixes: () => fixes(mergeFix(model, container.node, { imagePullPolicy: 'Always' }, 'Set imagePullPolicy: Always')),
      });
    }
  },
};

export default rule;
