import doc from './compose-no-host-userns.md';
import type { ComposeRule } from '../kinds.js';
import { checkHostNamespace } from './lib/host-namespace.js';

/** `userns_mode: host`: the container shares the host's user namespace. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-host-userns',
    kind: 'compose',
    title: "A service opts out of user-namespace remapping",
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['kics:shared_host_user_namespace', 'kics:userns_set_to_host'],
    doc,
  },
  check(ctx) {
    checkHostNamespace(ctx, 'userns_mode', 'user namespace', true);
  },
};

export default rule;
