import doc from './compose-require-networks.md';
import { isCompleteService, setting } from '../../parse/compose.js';
import type { ComposeRule } from '../kinds.js';
import { hits, serviceNames } from './lib/services.js';

/** A service names no `networks` (and no `network_mode`), so it joins the project's default network. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-require-networks',
    kind: 'compose',
    title: 'A service names no networks',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: ['kics:networks_not_set'],
    doc,
  },
  check(ctx) {
    for (const hit of hits(ctx, (svc) => {
      if (!svc.map || !isCompleteService(svc) || setting(svc, 'networks') || setting(svc, 'network_mode')) return [];
      return [{ node: svc.key, data: undefined }];
    })) {
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'name' : 'names'} no networks, so every service of the project can reach it on the default network; put services on networks by what they need to reach`,
      });
    }
  },
};

export default rule;
