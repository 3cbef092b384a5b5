import doc from './compose-no-host-pid.md';
import type { ComposeRule } from '../kinds.js';
import { checkHostNamespace } from './lib/host-namespace.js';

/** `pid: host`: the container shares the host's process namespace. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-host-pid',
    kind: 'compose',
    title: "A service shares the host's process namespace",
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['kics:host_namespace_is_shared'],
    doc,
  },
  check(ctx) {
    checkHostNamespace(ctx, 'pid', 'process namespace', true);
  },
};

export default rule;
