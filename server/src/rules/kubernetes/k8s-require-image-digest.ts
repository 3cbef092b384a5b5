import doc from './k8s-require-image-digest.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isLatest, parseImage } from './lib/images.js';
import { containers, isTemplatedValue, rangeOf } from './lib/workloads.js';
import { fixes, setScalarFix } from './lib/fixes.js';
import { shortDigest } from '../../model/base-image.js';

/** Opt-in: a container image with a version tag is not pinned by digest. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-image-digest',
    kind: 'kubernetes',
    title: 'Image not pinned by digest',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, project, report }) {
    for (const { container } of containers(model)) {
      const image = container.image?.trim();
      if (!image || !container.imageNode || isTemplatedValue(image)) continue;
      const ref = parseImage(image);
      if (ref.digest || isLatest(ref)) continue;
      // With registry resolution, the digest the tag points to now (the index's, so every platform keeps working).
      const facts = project.image?.(image);
      const pin = () => facts ? setScalarFix(model, container.imageNode, `${image}@${facts.digest}`, `Pin to digest ${shortDigest(facts.digest)} (what ${ref.tag} points to now; tag kept)`) : undefined;
      report({
        range: rangeOf(model, container.imageNode),
        fixes: () => fixes(pin()),
        message: `${describeContainer(container)} uses the tag ${ref.tag}, which can be re-pushed; pin ${ref.repository}@sha256:… to run exactly the image you reviewed`,
        severity: 'info',
      });
    }
  },
};

export default rule;
