/** Networks of a Compose file and of its services. */
import type { Pair, YAMLMap } from 'yaml';
import { perService, resolveAlias, resolved, setting, type ComposeFile, type ComposeService, type Setting } from '../../../parse/compose.js';
import { isMap, isScalar, isSeq, keyText } from '../../../parse/yaml-access.js';
import { composeTrue, composeText } from '../../../parse/compose-env.js';

/** The networks a service is attached to: `networks:` (list or map form), else `default`; none with `network_mode`. Read once per service, shared by the rules. */
export function serviceNetworks(svc: ComposeService): { setting?: Setting; names: readonly string[]; mode?: string } {
  return perService(svc, readServiceNetworks);
}

function readServiceNetworks(svc: ComposeService): { setting?: Setting; names: string[]; mode?: string } {
  const mode = setting(svc, 'network_mode');
  if (mode) return { names: [], mode: composeText(mode.value) ?? '' };
  const s = setting(svc, 'networks');
  if (!s) return { names: ['default'] };
  const v = s.value;
  if (isSeq(v)) return { setting: s, names: v.items.map((i) => composeText(resolved(svc, i))).filter((n): n is string => !!n) };
  if (isMap(v)) return { setting: s, names: v.items.map((p) => keyText(p)).filter((n): n is string => !!n) };
  return { setting: s, names: [] };
}

/** The top-level `networks:` pair and the definition of a network in it. */
export function networkDefinition(file: ComposeFile, name: string): { top?: Pair; pair?: Pair; map?: YAMLMap } {
  const top = file.root.items.find((p) => keyText(p) === 'networks') as Pair | undefined;
  const nets = resolveAlias(file.doc, top?.value);
  if (!isMap(nets)) return { top };
  const pair = nets.items.find((p) => keyText(p) === name) as Pair | undefined;
  const def = pair ? resolveAlias(file.doc, pair.value) : undefined;
  return { top, pair, map: isMap(def) ? def : undefined };
}

/** Whether a network is `internal: true`; `external` networks are judged by their own file. */
export function networkKind(file: ComposeFile, name: string): 'internal' | 'external' | 'open' {
  const { map } = networkDefinition(file, name);
  if (!map) return 'open';
  const get = (k: string) => map.items.find((p) => keyText(p) === k)?.value;
  if (composeTrue(get('internal'))) return 'internal';
  const ext = get('external');
  if (composeTrue(ext) || isMap(ext) || (isScalar(ext) && ext.value !== false && ext.value !== null && ext.value !== undefined)) return 'external';
  return 'open';
}

/** The services that declare a dependency on `name` (`depends_on` in list or map form, or `links`). */
export function dependsOn(svc: ComposeService, name: string): boolean {
  for (const key of ['depends_on', 'links']) {
    const v = setting(svc, key)?.value;
    if (isSeq(v) && v.items.some((i) => (composeText(resolved(svc, i)) ?? '').split(':')[0] === name)) return true;
    if (isMap(v) && v.items.some((p) => keyText(p) === name)) return true;
  }
  return false;
}
