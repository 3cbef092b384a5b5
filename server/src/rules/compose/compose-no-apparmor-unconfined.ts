import doc from './compose-no-apparmor-unconfined.md';
import type { ComposeRule } from '../kinds.js';
import { scalarText } from '../../parse/compose.js';
import { removeEntry } from './lib/remove.js';
import { securityOpts } from './lib/security-opt.js';
import { hits, serviceNames } from './lib/services.js';

/** `security_opt: [apparmor:unconfined]` removes the default AppArmor profile, which keeps it from writing to /proc and /sys or mounting file systems. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-apparmor-unconfined',
    kind: 'compose',
    title: 'A service runs without the default AppArmor profile',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => {
      const { setting, opts } = securityOpts(svc);
      return opts
        .filter((o) => o.name === 'apparmor' && o.value?.toLowerCase() === 'unconfined')
        .map((o) => ({ node: o.node, data: setting! }));
    });
    for (const hit of found) {
      const edit = removeEntry(ctx.model, hit.data, hit.node);
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        fixes: edit ? [{ title: `Remove ${scalarText(hit.node)} (back to Docker's default profile)`, safe: false, edits: [edit] }] : [],
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'turn' : 'turns'} off the default AppArmor profile, which keeps it from writing to /proc and /sys or mounting file systems`,
      });
    }
  },
};

export default rule;
