import doc from './compose-no-host-network.md';
import type { ComposeRule } from '../kinds.js';
import { checkHostNamespace } from './lib/host-namespace.js';

/** `network_mode: host`: the container shares the host's network namespace. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-host-network',
    kind: 'compose',
    title: "A service shares the host's network namespace",
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['kics:shared_host_network_namespace', 'kics:network_mode_host_exists'],
    doc,
  },
  check(ctx) {
    checkHostNamespace(ctx, 'network_mode', 'network namespace', true, 'Remove network_mode: host (publish the ports it listens on with ports:)');
  },
};

export default rule;
