import doc from './k8s-no-latest-tag.md';
import { currentPin } from '../../model/base-image.js';
import { parseImageRef } from '../../parse/dockerfile.js';
import type { KubernetesRule } from '../kinds.js';
import { setScalarFix } from './lib/fixes.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isLatest, parseImage } from './lib/images.js';
import { kustomizeFacts } from './lib/kustomize.js';
import { containers, isTemplatedValue, rangeOf } from './lib/workloads.js';

/** A container image is `:latest` or has no tag (and no digest). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-latest-tag',
    kind: 'kubernetes',
    title: 'Image tag is latest or missing',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0013', 'checkov:CKV_K8S_14', 'polaris:tagNotSpecified'],
    doc,
  },
  check({ model, report, path, project }) {
    for (const { container } of containers(model)) {
      const image = container.image?.trim();
      if (!image || !container.imageNode || isTemplatedValue(image)) continue;
      const ref = parseImage(image);
      if (!isLatest(ref)) continue;
      const override = kustomizeFacts(model, path, project).images.get(ref.repository);
      if (override && (override.digest || (override.newTag && override.newTag !== 'latest'))) continue;
      const parsed = image === container.image ? parseImageRef(image) : undefined;
      const pin = parsed ? currentPin(parsed) : undefined;
      const fix = pin ? setScalarFix(model, container.imageNode, pin, `Pin to ${pin}`) : undefined;
      report({
        range: rangeOf(model, container.imageNode),
        fixes: fix ? [fix] : [],
        message: ref.tag
          ? `${describeContainer(container)} uses ${image}: 'latest' moves, so each node may run a different build; pin a version tag or digest`
          : `${describeContainer(container)} uses ${image} without a tag, which means 'latest'; pin a version tag or digest`,
      });
    }
  },
};

export default rule;
