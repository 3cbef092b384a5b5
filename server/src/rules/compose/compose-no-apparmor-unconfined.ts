import doc from './compose-no-apparmor-unconfined.md';
import type { ComposeRule } from '../kinds.js';
import { securityOpts } from './lib/security-opt.js';
import { hits, serviceNames } from './lib/services.js';

/** `security_opt: [apparmor:unconfined]` removes the default AppArmor profile, which keeps it from writing to /proc and /sys or mounting file systems. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-apparmor-unconfined',
    kind: 'compose',
    title: 'A service runs without the default AppArmor profile',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => securityOpts(svc).opts
      .filter((o) => o.name === 'apparmor' && o.value?.toLowerCase() === 'unconfined')
      .map((o) => ({ node: o.node, data: undefined })));
    for (const hit of found) {
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'turn' : 'turns'} off the default AppArmor profile, which keeps it from writing to /proc and /sys or mounting file systems`,
      });
    }
  },
};

export default rule;
