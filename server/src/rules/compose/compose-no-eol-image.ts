import doc from './compose-no-eol-image.md';
import { endOfLife } from '../../knowledge/images.js';
import { buildOf, imageOf, nonShipping } from '../../parse/compose.js';
import { parseImageRef } from '../../parse/dockerfile.js';
import { setScalar } from '../../parse/yaml-edit.js';
import { eolClauses, moveTitle, supportedRef, todayFrom } from '../../model/base-image.js';
import type { ComposeRule } from '../kinds.js';
import { hits, serviceNames } from './lib/services.js';

/** A service pulls an image whose runtime, database or distribution release is past end of life (the knowledge `FROM` uses). */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-eol-image',
    kind: 'compose',
    title: 'A service runs an image past end of life',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const today = todayFrom(ctx.options);
    const found = hits(ctx, (svc) => {
      const image = imageOf(svc);
      // With `build:`, `image:` names what is built (the Dockerfile's FROM is judged there); `${VAR}` is unknown.
      if (!image || buildOf(svc) || image.text.includes('$')) return [];
      const ref = parseImageRef(image.text.trim());
      const facts = ref ? endOfLife(ref, today) : [];
      return ref && facts.length ? [{ node: image.node, data: { ref, facts, scalar: image.node, why: nonShipping(svc) } }] : [];
    });
    for (const hit of found) {
      const { ref, facts, scalar, why } = hit.data;
      const next = ref.text === scalar.value ? supportedRef(ref, facts) : undefined;
      const edit = next ? setScalar(ctx.model, scalar, next) : undefined;
      const lesser = hit.services.length === 1 && why;
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        fixes: edit && next ? [{ title: moveTitle(next, !!ref.digest), safe: false, edits: [edit] }] : [],
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'run' : 'runs'} '${ref.text}': ${eolClauses(facts)}${lesser ? ` (a lesser risk: ${why}, so it does not ship)` : ''}`,
        ...(lesser ? { severity: 'hint' as const } : {}),
      });
    }
  },
};

export default rule;
