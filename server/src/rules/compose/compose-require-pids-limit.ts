import doc from './compose-require-pids-limit.md';
import type { ComposeRule } from '../kinds.js';
import { DEFAULT_LIMITS, missingLimit } from './lib/limits.js';

/** A service sets no pids limit. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-require-pids-limit',
    kind: 'compose',
    title: 'A service has no pids limit',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['kics:pids_limit_not_set'],
    doc,
  },
  check(ctx) {
    for (const r of missingLimit(ctx, { keys: ['pids_limit'], deployKey: 'pids' }, 'pids limit: it can start processes until the host runs out', { pids_limit: DEFAULT_LIMITS.pids_limit })) ctx.report(r);
  },
};

export default rule;
