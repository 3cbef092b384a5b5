import doc from './compose-no-latest-image.md';
import { isScalar } from '../../parse/yaml-access.js';
import { parseImageRef } from '../../parse/dockerfile.js';
import { buildOf, imageOf } from '../../parse/compose.js';
import { currentPin } from '../../model/base-image.js';
import { setScalar } from '../../parse/yaml-edit.js';
import type { ComposeRule } from '../kinds.js';
import { hits, serviceNames } from './lib/services.js';

/** `image:` with no tag, or `:latest`, for a service that pulls rather than builds it. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-latest-image',
    kind: 'compose',
    title: 'A service pulls an untagged or :latest image',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => {
      const image = imageOf(svc);
      if (!image || buildOf(svc) || image.text.includes('$')) return [];
      const ref = parseImageRef(image.text);
      if (!ref || ref.digest) return [];
      if (ref.tag !== undefined && ref.tag.toLowerCase() !== 'latest') return [];
      return [{ node: image.node, data: ref }];
    });
    for (const hit of found) {
      const ref = hit.data;
      const pin = ref.text.trim() === ref.text ? currentPin(ref) : undefined;
      const edit = pin && isScalar(hit.node) ? setScalar(ctx.model, hit.node, pin) : undefined;
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        fixes: edit ? [{ title: `Pin to ${pin}`, safe: false, edits: [edit] }] : [],
        message: ref.tag === undefined
          ? `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'use' : 'uses'} image ${ref.text} with no tag, which means :latest; pin a version (or a digest)`
          : `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'use' : 'uses'} image ${ref.text}; pin a version (or a digest)`,
      });
    }
  },
};

export default rule;
