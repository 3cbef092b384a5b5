import doc from './compose-bind-ports-to-host-interface.md';
import type { ComposeRule } from '../kinds.js';
import { hits, serviceNames } from './lib/services.js';
import { onAllInterfaces, publishedPorts } from './lib/ports.js';

/** A service publishes a port on every host interface (no host address). */
const rule: ComposeRule = {
  meta: {
    id: 'compose-bind-ports-to-host-interface',
    kind: 'compose',
    title: 'A port is published on every host interface',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: ['kics:container_traffic_not_bound_to_host_interface'],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => publishedPorts(svc).filter((p) => onAllInterfaces(p) || p.hostIp === '0.0.0.0' || p.hostIp === '::').map((p) => ({ node: p.hostNode, data: p.containerPort })));
    for (const hit of found) {
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'publish' : 'publishes'} port ${hit.data} on every interface of the host; name the interface (127.0.0.1: for local use)`,
      });
    }
  },
};

export default rule;
