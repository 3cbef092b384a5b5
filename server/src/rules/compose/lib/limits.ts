/** One kind of resource limit of a Compose service (memory, CPU, pids), through merges and `extends`. */
import { isMap } from 'yaml';
import { extendsChain, isCompleteService, resolved, setting, type ComposeService } from '../../../parse/compose.js';
import { keyText, scalarText } from '../../../parse/yaml-access.js';
import type { YamlModel } from '../../../parse/yaml.js';
import type { Report, RuleContext } from '../../types.js';
import { hits, serviceNames } from './services.js';

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
    if (s && !UNLIMITED.has(scalarText(s.value) ?? '')) return true;
  }
  const deploy = resolved(svc, setting(svc, 'deploy')?.value);
  const resources = isMap(deploy) ? resolved(svc, deploy.items.find((p) => keyText(p) === 'resources')?.value) : undefined;
  const limits = isMap(resources) ? resolved(svc, resources.items.find((p) => keyText(p) === 'limits')?.value) : undefined;
  const pair = isMap(limits) ? limits.items.find((p) => keyText(p) === kind.deployKey) : undefined;
  return !!pair && !UNLIMITED.has(scalarText(resolved(svc, pair.value)) ?? '');
}

/** Findings for the complete services that set no limit of this kind (a merged anchor reported once). */
export function missingLimit(ctx: RuleContext<YamlModel>, kind: LimitKind, what: string): Report[] {
  return hits(ctx, (svc) => {
    if (!svc.map || !isCompleteService(svc)) return [];
    return extendsChain(svc, ctx.project).some((s) => sets(s, kind)) ? [] : [{ node: svc.key, data: undefined }];
  }).map((hit) => ({ range: ctx.model.rangeOf(hit.node), message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'set' : 'sets'} no ${what}` }));
}
