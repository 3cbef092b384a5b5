import doc from './compose-internal-backend-network.md';
import type { Pair } from 'yaml';
import { setting, type ComposeFile, type ComposeService } from '../../parse/compose.js';
import { isMap, isScalar, isSeq, keyText } from '../../parse/yaml-access.js';
import { appendItems, fillValue, insertPairs, isNullValue, setScalar } from '../../parse/yaml-edit.js';
import type { YamlModel } from '../../parse/yaml.js';
import type { ComposeRule } from '../kinds.js';
import type { Fix, RuleContext, TextEdit } from '../types.js';
import { backendOf } from './lib/backend.js';
import { dependsOn, networkDefinition, networkKind, serviceNetworks } from './lib/networks.js';
import { publishedPorts } from './lib/ports.js';
import { servicesOf, styleOf } from './lib/services.js';

const NEW_NETWORK = 'backend';
/** Above this many services the move fix (which compares every pair of services) is not computed. */
const MAX_SERVICES_FOR_MOVE = 200;

/** Whether `other` names the service `name` as a host anywhere in its settings (not counting its own key). */
function mentions(model: YamlModel, other: ComposeService, name: string): boolean {
  const r = other.map?.range;
  if (!r) return false;
  const body = model.text.slice(r[0], r[1]);
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9_.-])${esc}([^A-Za-z0-9_-]|$)`).test(body);
}

/**
 * The back-end is only on the default network: move it to a new internal
 * network and attach the services that depend on it to both networks.
 * Undefined when that is not mechanical.
 */
function moveToNewNetwork(ctx: RuleContext<YamlModel>, file: ComposeFile, svc: ComposeService): Fix | undefined {
  if (!svc.map || svc.merges.length || publishedPorts(svc).length || setting(svc, 'ports')) return undefined;
  if (file.services.length > MAX_SERVICES_FOR_MOVE) return undefined;
  const def = networkDefinition(file, NEW_NETWORK);
  const reuse = !!def.pair && networkKind(file, NEW_NETWORK) === 'internal';
  if (def.pair && !reuse) return undefined;
  const style = styleOf(ctx.model);
  const edits: (TextEdit | undefined)[] = [insertPairs(ctx.model, svc.map, { networks: [NEW_NETWORK] }, style)];
  for (const other of file.services) {
    if (other === svc) continue;
    const client = dependsOn(other, svc.name);
    if (!client) {
      if (mentions(ctx.model, other, svc.name)) return undefined;
      continue;
    }
    if (!other.map || other.merges.length) return undefined;
    const nets = serviceNetworks(other);
    if (nets.mode !== undefined) return undefined;
    if (nets.names.includes(NEW_NETWORK)) continue;
    if (!nets.setting) edits.push(insertPairs(ctx.model, other.map, { networks: ['default', NEW_NETWORK] }, style));
    else if (isSeq(nets.setting.value)) edits.push(appendItems(ctx.model, nets.setting.value, [NEW_NETWORK], style));
    else if (isMap(nets.setting.value)) edits.push(insertPairs(ctx.model, nets.setting.value, { [NEW_NETWORK]: {} }, style));
    else return undefined;
  }
  const top = def.top;
  if (!reuse) {
    const network = { [NEW_NETWORK]: { internal: true } };
    if (!top) edits.push(insertPairs(ctx.model, file.root, { networks: network }, style));
    else if (isNullValue(top)) edits.push(...fillValue(ctx.model, top, network, style));
    else if (isMap(top.value)) edits.push(insertPairs(ctx.model, top.value, network, style));
    else return undefined;
  }
  if (edits.some((e) => !e)) return undefined;
  const title = reuse
    ? `Move it to the internal network '${NEW_NETWORK}' shared with the services that depend on it`
    : `Move it to a new internal network '${NEW_NETWORK}' shared with the services that depend on it`;
  return { title, safe: false, edits: edits as TextEdit[] };
}

/**
 * The back-end's one open network is a named one: make it `internal: true`
 * when every other service on it keeps another open network (or is a
 * back-end without published ports itself). Networks in `assumedInternal`
 * (those an earlier finding's fix makes internal) do not count as open, so
 * applying every offered fix never cuts a service off.
 */
function makeInternal(ctx: RuleContext<YamlModel>, file: ComposeFile, network: string, assumedInternal: ReadonlySet<string>): Fix | undefined {
  if (network === 'default') return undefined;
  const def = networkDefinition(file, network);
  if (!def.pair) return undefined;
  for (const other of file.services) {
    const nets = serviceNetworks(other);
    if (!nets.names.includes(network)) continue;
    const keepsOpen = nets.names.some((n) => n !== network && !assumedInternal.has(n) && networkKind(file, n) !== 'internal');
    const quietBackend = !!backendOf(other) && !publishedPorts(other).length;
    if (!keepsOpen && !quietBackend) return undefined;
  }
  const style = styleOf(ctx.model);
  let edits: TextEdit[] = [];
  if (isNullValue(def.pair)) edits = fillValue(ctx.model, def.pair, { internal: true }, style);
  else if (def.map) {
    const internal = def.map.items.find((p) => keyText(p) === 'internal') as Pair | undefined;
    const e = internal && isScalar(internal.value) ? setScalar(ctx.model, internal.value, true) : internal ? undefined : insertPairs(ctx.model, def.map, { internal: true }, style);
    if (e) edits = [e];
  }
  return edits.length ? { title: `Make network '${network}' internal`, safe: false, edits } : undefined;
}

/** A database, cache or queue sits on a network with outside access. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-internal-backend-network',
    kind: 'compose',
    title: 'A database, cache or queue is on a network that is not internal',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const fixedNetworks = new Map<ComposeFile, Set<string>>();
    for (const svc of servicesOf(ctx)) {
      const what = backendOf(svc);
      if (!what) continue;
      const file = svc.file;
      const nets = serviceNetworks(svc);
      if (nets.mode !== undefined) continue;
      const open = nets.names.filter((n) => networkKind(file, n) === 'open');
      if (!open.length) continue;
      let fixes: Fix[] | (() => Fix[]) = [];
      if (!nets.setting) {
        fixes = () => {
          const fix = moveToNewNetwork(ctx, file, svc);
          return fix ? [fix] : [];
        };
      } else if (open.length === 1) {
        const earlier = fixedNetworks.get(file) ?? new Set<string>();
        fixedNetworks.set(file, earlier);
        const fix = earlier.has(open[0]) ? undefined : makeInternal(ctx, file, open[0], earlier);
        if (fix) {
          fixes = [fix];
          earlier.add(open[0]);
        }
      }
      const list = open.map((n) => `'${n}'`).join(', ');
      ctx.report({
        range: ctx.model.rangeOf(nets.setting?.key ?? svc.key),
        message: `Service '${svc.name}' (${what}) is on ${open.length > 1 ? 'networks' : 'network'} ${list}, which ${open.length > 1 ? 'are' : 'is'} not internal: it can reach the internet and be published; put it on an internal: true network`,
        fixes,
      });
    }
  },
};

export default rule;
