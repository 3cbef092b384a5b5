import doc from './compose-require-healthcheck.md';
import type { Node } from 'yaml';
import { inherits, isCompleteService, nonShipping } from '../../parse/compose.js';
import { isMap, isScalar, isSeq, keyText } from '../../parse/yaml-access.js';
import { composeTrue, composeText } from '../../parse/compose-env.js';
import { stageChain } from '../../parse/dockerfile.js';
import type { ComposeRule } from '../kinds.js';
import { dockerfileOf } from './lib/build-user.js';
import { hits, serviceNames } from './lib/services.js';

/** A service has no health check (none set, disabled, or `NONE`), and its built image has none either. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-require-healthcheck',
    kind: 'compose',
    title: 'A service has no health check',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits<'disabled' | 'missing'>(ctx, (svc) => {
      if (!svc.map || !isCompleteService(svc) || nonShipping(svc)) return [];
      const hc = inherits(svc, 'healthcheck', ctx.project);
      if (hc) {
        const v = hc.value;
        if (!isMap(v)) return [];
        const disable = v.items.find((p) => keyText(p) === 'disable');
        const test = v.items.find((p) => keyText(p) === 'test')?.value;
        const none = (isSeq(test) && composeText(test.items[0])?.toUpperCase() === 'NONE') || (isScalar(test) && composeText(test)?.toUpperCase() === 'NONE');
        if (disable && composeTrue(disable.value)) return [{ node: disable.value as Node, data: 'disabled' }];
        if (none) return [{ node: test as Node, data: 'disabled' }];
        return [];
      }
      const built = dockerfileOf(svc, ctx.project);
      const checks = built ? stageChain(built.stage).flatMap((s) => s.instructions.filter((i) => i.getKeyword() === 'HEALTHCHECK')) : [];
      if (checks.length && !/^\s*NONE\b/i.test(checks[0].getArgumentsContent() ?? '')) return [];
      return [{ node: svc.key, data: 'missing' }];
    });
    for (const hit of found) {
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: hit.data === 'disabled'
          ? `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'turn' : 'turns'} the health check off`
          : `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'have' : 'has'} no health check: a hung process keeps running and depends_on cannot wait for it`,
      });
    }
  },
};

export default rule;
