import doc from './compose-no-privileged-host-ports.md';
import type { ComposeRule } from '../kinds.js';
import { firstPort, publishedPorts } from './lib/ports.js';
import { hits, serviceNames } from './lib/services.js';

/** A published host port below 1024. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-privileged-host-ports',
    kind: 'compose',
    title: 'A service publishes a privileged host port',
    defaultSeverity: 'info',
    fix: 'none',
    equivalents: ['kics:privileged_ports_mapped_in_container'],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => publishedPorts(svc).flatMap((p) => {
      const host = firstPort(p.hostPort);
      return host !== undefined && host > 0 && host < 1024 ? [{ node: p.hostNode, data: host }] : [];
    }));
    for (const hit of found) {
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'publish' : 'publishes'} host port ${hit.data}, a privileged port (below 1024)`,
      });
    }
  },
};

export default rule;
