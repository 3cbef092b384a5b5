import doc from './compose-no-public-backend-ports.md';
import type { Scalar } from 'yaml';
import { isScalar } from '../../parse/yaml-access.js';
import { interpolationOf } from '../../parse/compose-env.js';
import { setScalar } from '../../parse/yaml-edit.js';
import type { ComposeRule } from '../kinds.js';
import type { YamlModel } from '../../parse/yaml.js';
import type { RuleContext, TextEdit } from '../types.js';
import { backendOf, backendOfPort } from './lib/backend.js';
import { bindLocalEdit, firstPort, onAllInterfaces, publishedPorts, type PublishedPort } from './lib/ports.js';
import { hits, serviceNames } from './lib/services.js';

/** The edit that binds a published port to 127.0.0.1 (short syntax: kept as written, with the address in front). */
function bindLocal(ctx: RuleContext<YamlModel>, p: PublishedPort): TextEdit | undefined {
  if (p.syntax === 'short' && isScalar(p.node) && p.text !== undefined) {
    // Through a variable, only the literal part is edited: `${PORT}:5432` becomes `127.0.0.1:${PORT}:5432`.
    const it = interpolationOf(p.node);
    if (it) {
      const literal = it.refs.reduceRight((t, r) => t.slice(0, r.start) + 'X' + t.slice(r.end), it.raw);
      const hostAndContainer = p.hostIp === undefined && p.hostPort !== undefined && literal.split(':').length === 2;
      return hostAndContainer ? setScalar(ctx.model, p.node as Scalar, `127.0.0.1:${it.raw}`) : undefined;
    }
    const spec = p.hostPort === undefined && !p.text.includes(':') ? `127.0.0.1::${p.text}` : `127.0.0.1:${p.text.replace(/^:/, '')}`;
    return setScalar(ctx.model, p.node as Scalar, spec);
  }
  // Long syntax: `host_ip` set or added, as the shared edit does.
  return p.syntax === 'long' ? bindLocalEdit(ctx.model, p) : undefined;
}

/** A database, cache or queue publishes a port on every host interface. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-public-backend-ports',
    kind: 'compose',
    title: 'A database, cache or queue is published on all host interfaces',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => {
      const byImage = backendOf(svc);
      return publishedPorts(svc).flatMap((p) => {
        if (!onAllInterfaces(p)) return [];
        const what = byImage ?? backendOfPort(firstPort(p.containerPort));
        return what ? [{ node: p.syntax === 'short' ? p.node : p.hostNode, data: { p, what } }] : [];
      });
    });
    for (const hit of found) {
      const { p, what } = hit.data;
      const edit = bindLocal(ctx, p);
      const host = p.hostPort ? `host port ${p.hostPort}` : 'a random host port';
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} (${what}) ${hit.services.length > 1 ? 'publish' : 'publishes'} port ${p.containerPort} on ${host} of every host interface; bind it to 127.0.0.1 or drop the mapping`,
        fixes: edit ? [{ title: 'Publish on 127.0.0.1 only', safe: false, edits: [edit] }] : [],
      });
    }
  },
};

export default rule;
