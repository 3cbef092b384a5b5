import doc from './k8s-no-eol-image.md';
import { endOfLife } from '../../knowledge/images.js';
import { eolClauses, moveTitle, supportedRef, todayFrom } from '../../model/base-image.js';
import { parseImageRef } from '../../parse/dockerfile.js';
import { describeContainer } from '../../parse/kubernetes.js';
import type { KubernetesRule } from '../kinds.js';
import { setScalarFix } from './lib/fixes.js';
import { kustomizeFacts } from './lib/kustomize.js';
import { containers, isTemplatedValue, rangeOf } from './lib/workloads.js';

/** A container image whose runtime, database or distribution release is past end of life (the knowledge `FROM` uses). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-eol-image',
    kind: 'kubernetes',
    title: 'Container image is past end of life',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report, path, project, options }) {
    const today = todayFrom(options);
    for (const { container } of containers(model)) {
      const image = container.image?.trim();
      if (!image || !container.imageNode || isTemplatedValue(image) || image.includes('$')) continue;
      const ref = parseImageRef(image);
      if (!ref) continue;
      // A kustomization's `images:` that changes the tag decides what runs: that tag is judged there, not this one.
      const override = kustomizeFacts(model, path, project).images.get(ref.repository);
      if (override && (override.digest || override.newTag || override.newName)) continue;
      const facts = endOfLife(ref, today);
      if (!facts.length) continue;
      const next = image === container.image ? supportedRef(ref, facts) : undefined;
      const fix = next ? setScalarFix(model, container.imageNode, next, moveTitle(next, !!ref.digest)) : undefined;
      report({
        range: rangeOf(model, container.imageNode),
        fixes: fix ? [fix] : [],
        message: `${describeContainer(container)} runs '${image}': ${eolClauses(facts)}`,
      });
    }
  },
};

export default rule;
