import doc from './compose-require-memory-limit.md';
import type { ComposeRule } from '../kinds.js';
import { DEFAULT_LIMITS, missingLimit } from './lib/limits.js';

/** A service sets no memory limit. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-require-memory-limit',
    kind: 'compose',
    title: 'A service has no memory limit',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['kics:memory_not_limited'],
    doc,
  },
  check(ctx) {
    for (const r of missingLimit(ctx, { keys: ['mem_limit'], deployKey: 'memory' }, "memory limit: it can use all of the host's memory, through a leak or an attacker", { mem_limit: DEFAULT_LIMITS.mem_limit })) ctx.report(r);
  },
};

export default rule;
