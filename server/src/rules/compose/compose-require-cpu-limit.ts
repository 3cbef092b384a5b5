import doc from './compose-require-cpu-limit.md';
import type { ComposeRule } from '../kinds.js';
import { DEFAULT_LIMITS, missingLimit } from './lib/limits.js';

/** A service sets no CPU limit. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-require-cpu-limit',
    kind: 'compose',
    title: 'A service has no CPU limit',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['kics:cpus_not_limited'],
    doc,
  },
  check(ctx) {
    for (const r of missingLimit(ctx, { keys: ['cpus', 'cpu_quota', 'cpu_count', 'cpu_percent'], deployKey: 'cpus' }, 'CPU limit: it can use every core of the host', { cpus: DEFAULT_LIMITS.cpus })) ctx.report(r);
  },
};

export default rule;
