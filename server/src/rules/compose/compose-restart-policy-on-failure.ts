import doc from './compose-restart-policy-on-failure.md';
import { isMap } from 'yaml';
import { resolved, setting, type ComposeService } from '../../parse/compose.js';
import { keyText, scalarText } from '../../parse/yaml-access.js';
import type { Node } from 'yaml';
import type { ComposeRule } from '../kinds.js';
import { hits, serviceNames } from './lib/services.js';

const MAX_RETRIES = 5;

/** What is wrong with a service's restart policy, and where, or undefined when it is bounded. */
function unbounded(svc: ComposeService): { node: Node; data: string } | undefined {
  const restart = setting(svc, 'restart');
  const value = scalarText(restart?.value);
  if (restart && value !== undefined) {
    const m = /^on-failure(?::(\d+))?$/.exec(value);
    if (value === 'always' || value === 'unless-stopped') return { node: restart.value as Node, data: `restart: ${value} restarts a crashing container forever` };
    if (m && m[1] === undefined) return { node: restart.value as Node, data: 'restart: on-failure without a count retries forever' };
    if (m && +m[1] > MAX_RETRIES) return { node: restart.value as Node, data: `restart: ${value} retries more than ${MAX_RETRIES} times` };
  }
  const deploy = resolved(svc, setting(svc, 'deploy')?.value);
  const pair = isMap(deploy) ? deploy.items.find((p) => keyText(p) === 'restart_policy') : undefined;
  const policy = pair ? resolved(svc, pair.value) : undefined;
  if (!pair || !isMap(policy)) return undefined;
  const get = (k: string) => scalarText(resolved(svc, policy.items.find((p) => keyText(p) === k)?.value));
  const condition = get('condition') ?? 'any';
  if (condition === 'none') return undefined;
  const attempts = get('max_attempts');
  if (attempts === undefined || !/^\d+$/.test(attempts) || +attempts === 0 || +attempts > MAX_RETRIES) {
    return { node: pair.key as Node, data: `deploy.restart_policy (condition ${condition}) ${attempts === undefined || +attempts === 0 ? 'sets no max_attempts, so it retries forever' : `retries ${attempts} times`}` };
  }
  return undefined;
}

/** A service restarts without a bound: `always`, `unless-stopped`, `on-failure` with no count or more than 5. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-restart-policy-on-failure',
    kind: 'compose',
    title: 'Restart policy without a retry limit',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: ['kics:restart_policy_on_failure_not_set_to_5'],
    doc,
  },
  check(ctx) {
    for (const hit of hits(ctx, (svc) => {
      const found = unbounded(svc);
      return found ? [found] : [];
    })) {
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)}: ${hit.data}; a container that crashes on start then loops, hiding the failure and using the host; use on-failure:${MAX_RETRIES}`,
      });
    }
  },
};

export default rule;
