import doc from './compose-bind-ports-to-host-interface.md';
import type { ComposeRule } from '../kinds.js';
import { hits, serviceNames } from './lib/services.js';
import { bindLocalEdit, onAllInterfaces, publishedPorts } from './lib/ports.js';

/** A service publishes a port on every host interface (no host address). */
const rule: ComposeRule = {
  meta: {
    id: 'compose-bind-ports-to-host-interface',
    kind: 'compose',
    title: 'A port is published on every host interface',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['kics:container_traffic_not_bound_to_host_interface'],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => publishedPorts(svc).filter((p) => onAllInterfaces(p) || p.hostIp === '0.0.0.0' || p.hostIp === '::').map((p) => ({ node: p.hostNode, data: p })));
    for (const hit of found) {
      const edit = bindLocalEdit(ctx.model, hit.data);
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        fixes: edit ? [{ title: 'Publish on 127.0.0.1 only (other hosts can no longer reach it)', safe: false, edits: [edit] }] : [],
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'publish' : 'publishes'} port ${hit.data.containerPort} on every interface of the host; name the interface (127.0.0.1: for local use)`,
      });
    }
  },
};

export default rule;
