import doc from './compose-resource-limits.md';
import { extendsChain, isCompleteService, nonShipping, resolved, setting, type ComposeService } from '../../parse/compose.js';
import { isMap, keyText } from '../../parse/yaml-access.js';
import type { ComposeRule } from '../kinds.js';
import { DEFAULT_LIMITS, limitsFix } from './lib/limits.js';
import { hits, serviceNames } from './lib/services.js';

const SERVICE_KEYS = ['mem_limit', 'memswap_limit', 'cpus', 'cpu_quota', 'cpu_count', 'cpu_percent', 'pids_limit'];

/** Whether the service (or one it merges or extends) sets any memory, CPU or pids limit. */
function hasLimits(svc: ComposeService): boolean {
  if (SERVICE_KEYS.some((k) => setting(svc, k))) return true;
  const deploy = resolved(svc, setting(svc, 'deploy')?.value);
  const resources = isMap(deploy) ? resolved(svc, deploy.items.find((p) => keyText(p) === 'resources')?.value) : undefined;
  const limits = isMap(resources) ? resolved(svc, resources.items.find((p) => keyText(p) === 'limits')?.value) : undefined;
  return isMap(limits) && limits.items.some((p) => ['memory', 'cpus', 'pids'].includes(keyText(p) ?? ''));
}

/** A service sets no memory, CPU or process-count limit. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-resource-limits',
    kind: 'compose',
    title: 'A service has no memory, CPU or pids limit',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => {
      if (!svc.map || !isCompleteService(svc) || nonShipping(svc)) return [];
      return extendsChain(svc, ctx.project).some(hasLimits) ? [] : [{ node: svc.key, data: undefined }];
    });
    for (const hit of found) {
      ctx.report({
        fixes: () => {
          const fix = limitsFix(ctx.model, hit.services, { ...DEFAULT_LIMITS });
          return fix ? [fix] : [];
        },
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'set' : 'sets'} no memory, CPU or pids limit: one runaway or compromised process can starve the host (mem_limit, cpus, pids_limit or deploy.resources.limits)`,
      });
    }
  },
};

export default rule;
