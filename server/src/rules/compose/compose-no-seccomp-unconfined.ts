import doc from './compose-no-seccomp-unconfined.md';
import type { ComposeRule } from '../kinds.js';
import { scalarText } from '../../parse/compose.js';
import { removeEntry } from './lib/remove.js';
import { securityOpts } from './lib/security-opt.js';
import { hits, serviceNames } from './lib/services.js';

/** `security_opt: [seccomp:unconfined]` removes the default seccomp filter, which blocks about 50 system calls used in kernel exploits. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-seccomp-unconfined',
    kind: 'compose',
    title: 'A service runs without the default seccomp filter',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['kics:default_seccomp_profile_disabled'],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => {
      const { setting, opts } = securityOpts(svc);
      return opts
        .filter((o) => o.name === 'seccomp' && o.value?.toLowerCase() === 'unconfined')
        .map((o) => ({ node: o.node, data: setting! }));
    });
    for (const hit of found) {
      const edit = removeEntry(ctx.model, hit.data, hit.node);
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        fixes: edit ? [{ title: `Remove ${scalarText(hit.node)} (back to Docker's default profile)`, safe: false, edits: [edit] }] : [],
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'turn' : 'turns'} off the default seccomp filter, which blocks about 50 system calls used in kernel exploits`,
      });
    }
  },
};

export default rule;
