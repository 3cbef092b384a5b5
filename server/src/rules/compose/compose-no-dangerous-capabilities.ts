import doc from './compose-no-dangerous-capabilities.md';
import type { ComposeRule } from '../kinds.js';
import { capabilities, DANGEROUS } from './lib/capabilities.js';
import { hits, serviceNames } from './lib/services.js';

/** `cap_add` entries that hand the container host-level power (SYS_ADMIN, NET_ADMIN, ALL, …). */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-dangerous-capabilities',
    kind: 'compose',
    title: 'A service adds a dangerous capability',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => capabilities(svc, 'cap_add').caps
      .filter((c) => DANGEROUS.has(c.name))
      .map((c) => ({ node: c.node, data: c.name })));
    for (const hit of found) {
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'add' : 'adds'} ${hit.data}: ${DANGEROUS.get(hit.data)}`,
        severity: hit.data === 'ALL' || hit.data === 'SYS_ADMIN' || hit.data === 'SYS_MODULE' ? 'error' : undefined,
      });
    }
  },
};

export default rule;
