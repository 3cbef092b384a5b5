import doc from './compose-no-dangerous-capabilities.md';
import type { ComposeRule } from '../kinds.js';
import { capabilities, DANGEROUS } from './lib/capabilities.js';
import { removeEntry } from './lib/remove.js';
import { hits, serviceNames } from './lib/services.js';

/** `cap_add` entries that hand the container host-level power (SYS_ADMIN, NET_ADMIN, ALL, …). */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-dangerous-capabilities',
    kind: 'compose',
    title: 'A service adds a dangerous capability',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => {
      const add = capabilities(svc, 'cap_add');
      return add.caps.filter((c) => DANGEROUS.has(c.name)).map((c) => ({ node: c.node, data: { name: c.name, setting: add.setting! } }));
    });
    for (const hit of found) {
      const edit = removeEntry(ctx.model, hit.data.setting, hit.node);
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'add' : 'adds'} ${hit.data.name}: ${DANGEROUS.get(hit.data.name)}`,
        severity: ['ALL', 'SYS_ADMIN', 'SYS_MODULE'].includes(hit.data.name) ? 'error' : undefined,
        fixes: edit ? [{ title: `Remove ${hit.data.name} from cap_add`, safe: false, edits: [edit] }] : [],
      });
    }
  },
};

export default rule;
