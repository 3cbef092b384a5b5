import doc from './compose-no-privileged-host-ports.md';
import type { ComposeRule } from '../kinds.js';
import { imageOf, type ComposeService } from '../../parse/compose.js';
import { firstPort, hostPortEdit, publishedPorts } from './lib/ports.js';
import { hits, serviceNames } from './lib/services.js';

/** Reverse proxies and web servers, by the last part of the image repository: 80 and 443 are what they are for. */
const WEB_FRONT = /^(?:traefik|nginx|nginx-unprivileged|nginx-proxy|openresty|caddy|haproxy|envoy|httpd|apache2?|varnish|swag|nginx-proxy-manager|kong|pomerium|oauth2-proxy)$/i;

/** Whether the service is a reverse proxy or web server publishing the web's own ports. */
function webFront(svc: ComposeService, port: number): boolean {
  if (port !== 80 && port !== 443) return false;
  const image = imageOf(svc)?.text;
  const repo = image?.replace(/[@:][^/]*$/, '').split('/').pop();
  return !!repo && WEB_FRONT.test(repo);
}

/** A published host port below 1024 (not 80/443 on a reverse proxy, which is its job). */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-privileged-host-ports',
    kind: 'compose',
    title: 'A service publishes a privileged host port',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['kics:privileged_ports_mapped_in_container'],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => publishedPorts(svc).flatMap((p) => {
      const host = firstPort(p.hostPort);
      return host !== undefined && host > 0 && host < 1024 && !webFront(svc, host) ? [{ node: p.hostNode, data: { host, p } }] : [];
    }));
    for (const hit of found) {
      const { host, p } = hit.data;
      const alt = host === 80 ? 8080 : host === 443 ? 8443 : host + 8000;
      const edit = hostPortEdit(ctx.model, p, alt);
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        fixes: edit ? [{ title: `Publish on host port ${alt} instead (clients must use ${alt})`, safe: false, edits: [edit] }] : [],
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'publish' : 'publishes'} host port ${host}, a privileged port (below 1024)`,
      });
    }
  },
};

export default rule;
