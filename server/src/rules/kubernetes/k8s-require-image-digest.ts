import doc from './k8s-require-image-digest.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isLatest, parseImage } from './lib/images.js';
import { containers, isTemplatedValue, rangeOf } from './lib/workloads.js';

/** Opt-in: a container image with a version tag is not pinned by digest. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-image-digest',
    kind: 'kubernetes',
    title: 'Image not pinned by digest',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const { container } of containers(model)) {
      const image = container.image?.trim();
      if (!image || !container.imageNode || isTemplatedValue(image)) continue;
      const ref = parseImage(image);
      if (ref.digest || isLatest(ref)) continue;
      report({
        range: rangeOf(model, container.imageNode),
        message: `${describeContainer(container)} uses the tag ${ref.tag}, which can be re-pushed; pin ${ref.repository}@sha256:… to run exactly the image you reviewed`,
        severity: 'info',
      });
    }
  },
};

export default rule;
