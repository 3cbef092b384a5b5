/** One kind of resource limit of a Compose service (memory, CPU, pids), through merges and `extends`. */
import { extendsChain, isCompleteService, resolved, setting, type ComposeService } from '../../../parse/compose.js';
import { isMap, keyText } from '../../../parse/yaml-access.js';
import { composeText } from '../../../parse/compose-env.js';
import type { YamlModel } from '../../../parse/yaml.js';
import { insertPairs, type YamlValue } from '../../../parse/yaml-edit.js';
import type { Fix, Report, RuleContext } from '../../types.js';
import { hits, serviceNames, styleOf } from './services.js';

/** The starting limits the fixes write: to be tuned from measured use. */
export const DEFAULT_LIMITS = { mem_limit: '512m', cpus: 1, pids_limit: 200 } as const;

/**
 * An unsafe fix that writes service-level limits into one service's own
 * mapping (none for a value merged into several services or a templated file).
 */
export function limitsFix(model: YamlModel, services: readonly ComposeService[], values: { [key: string]: YamlValue }): Fix | undefined {
  const map = services.length === 1 ? services[0].map : undefined;
  const edit = map ? insertPairs(model, map, values, styleOf(model)) : undefined;
  const said = Object.entries(values).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  return edit ? { title: `Set ${said} (a starting value: tune it from measured use)`, safe: false, edits: [edit] } : undefined;
}

export interface LimitKind {
  /** Service-level keys that set it (`mem_limit`, `cpus` …). */
  keys: string[];
  /** The key under `deploy.resources.limits`. */
  deployKey: string;
}

/** Values that mean "no limit". */
const UNLIMITED = new Set(['-1', '0']);

function sets(svc: ComposeService, kind: LimitKind): boolean {
  for (const k of kind.keys) {
    const s = setting(svc, k);
    if (s && !UNLIMITED.has(composeText(s.value) ?? '')) return true;
  }
  const deploy = resolved(svc, setting(svc, 'deploy')?.value);
  const resources = isMap(deploy) ? resolved(svc, deploy.items.find((p) => keyText(p) === 'resources')?.value) : undefined;
  const limits = isMap(resources) ? resolved(svc, resources.items.find((p) => keyText(p) === 'limits')?.value) : undefined;
  const pair = isMap(limits) ? limits.items.find((p) => keyText(p) === kind.deployKey) : undefined;
  return !!pair && !UNLIMITED.has(composeText(resolved(svc, pair.value)) ?? '');
}

/** Findings for the complete services that set no limit of this kind (a merged anchor reported once). */
export function missingLimit(ctx: RuleContext<YamlModel>, kind: LimitKind, what: string, fixValues?: { [key: string]: YamlValue }): Report[] {
  return hits(ctx, (svc) => {
    if (!svc.map || !isCompleteService(svc)) return [];
    return extendsChain(svc, ctx.project).some((s) => sets(s, kind)) ? [] : [{ node: svc.key, data: undefined }];
  }).map((hit) => {
    const fixes = () => {
      const fix = fixValues ? limitsFix(ctx.model, hit.services, fixValues) : undefined;
      return fix ? [fix] : [];
    };
    return { range: ctx.model.rangeOf(hit.node), message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'set' : 'sets'} no ${what}`, fixes };
  });
}
