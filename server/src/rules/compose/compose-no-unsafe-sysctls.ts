import doc from './compose-no-unsafe-sysctls.md';
import type { Node } from 'yaml';
import { setting } from '../../parse/compose.js';
import { isMap, isScalar, isSeq, keyText } from '../../parse/yaml-access.js';
import { composeText } from '../../parse/compose-env.js';
import type { ComposeRule } from '../kinds.js';
import { removeKeyedEntry } from './lib/remove.js';
import { hits, serviceNames } from './lib/services.js';

/** Network sysctls that weaken the container's network stack, with the value that does it. */
const RISKY: { re: RegExp; bad: (v: string) => boolean; why: string }[] = [
  { re: /^net\.ipv4\.ip_forward$|^net\.ipv[46]\.conf\.[^.]+\.forwarding$/, bad: (v) => v !== '0', why: 'the container routes packets between networks' },
  { re: /^net\.ipv4\.conf\.[^.]+\.route_localnet$/, bad: (v) => v !== '0', why: 'traffic from outside can reach services bound to 127.0.0.1' },
  { re: /^net\.ipv4\.conf\.[^.]+\.rp_filter$/, bad: (v) => v === '0', why: 'packets with spoofed source addresses are accepted' },
  { re: /^net\.ipv[46]\.conf\.[^.]+\.accept_(source_route|redirects)$/, bad: (v) => v !== '0', why: 'other hosts can change its routes' },
];

/** Entries of `sysctls` in map or list form: the node to point at, name and value. */
function entries(value: Node | null): { node: Node; name: string; value: string }[] {
  if (isMap(value)) {
    return value.items.flatMap((p) => {
      const name = keyText(p);
      const v = composeText(p.value);
      return name && v !== undefined && isScalar(p.key) ? [{ node: p.key as Node, name, value: v }] : [];
    });
  }
  if (isSeq(value)) {
    return value.items.flatMap((i) => {
      const text = composeText(i);
      // `name=value` split by hand: the regex /^\s*([^=\s]+)\s*=\s*(.*?)\s*$/ took cubic time on a run of blanks.
      const eq = text ? text.indexOf('=') : -1;
      const name = eq >= 0 ? text!.slice(0, eq).trim() : '';
      const value = eq >= 0 ? text!.slice(eq + 1) : '';
      return name && !/\s/.test(name) && !value.trim().includes('\n') ? [{ node: i as Node, name, value: value.trim() }] : [];
    });
  }
  return [];
}

/** `sysctls` that turn the container into a router or let spoofed traffic in. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-unsafe-sysctls',
    kind: 'compose',
    title: 'A service sets a sysctl that weakens its network stack',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => entries(setting(svc, 'sysctls')?.value ?? null).flatMap((e) => {
      const risky = RISKY.find((r) => r.re.test(e.name) && !e.value.includes('$') && r.bad(e.value.trim()));
      return risky ? [{ node: e.node, data: { ...e, why: risky.why } }] : [];
    }));
    for (const hit of found) {
      const sysctls = setting(hit.services[0], 'sysctls');
      const edit = sysctls && removeKeyedEntry(ctx.model, sysctls, hit.node);
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'set' : 'sets'} ${hit.data.name}=${hit.data.value}: ${hit.data.why}`,
        fixes: edit ? [{ title: `Remove the sysctl ${hit.data.name}`, safe: false, edits: [edit] }] : [],
      });
    }
  },
};

export default rule;
