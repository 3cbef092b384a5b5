import doc from './compose-no-host-ipc.md';
import type { ComposeRule } from '../kinds.js';
import { checkHostNamespace } from './lib/host-namespace.js';

/** `ipc: host`: the container shares the host's IPC namespace. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-host-ipc',
    kind: 'compose',
    title: "A service shares the host's IPC namespace",
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['kics:shared_host_ipc_namespace', 'kics:ipc_set_to_host'],
    doc,
  },
  check(ctx) {
    checkHostNamespace(ctx, 'ipc', 'IPC namespace', true);
  },
};

export default rule;
