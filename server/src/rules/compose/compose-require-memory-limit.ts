import doc from './compose-require-memory-limit.md';
import type { ComposeRule } from '../kinds.js';
import { missingLimit } from './lib/limits.js';

/** A service sets no memory limit. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-require-memory-limit',
    kind: 'compose',
    title: 'A service has no memory limit',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: ['kics:memory_not_limited'],
    doc,
  },
  check(ctx) {
    for (const r of missingLimit(ctx, { keys: ['mem_limit'], deployKey: 'memory' }, "memory limit: it can use all of the host's memory, through a leak or an attacker")) ctx.report(r);
  },
};

export default rule;
