import doc from './compose-restart-policy-on-failure.md';
import type { YAMLMap } from 'yaml';
import { resolved, setting, type ComposeService } from '../../parse/compose.js';
import { isMap, isScalar, keyText } from '../../parse/yaml-access.js';
import { composeText } from '../../parse/compose-env.js';
import type { Node } from 'yaml';
import type { ComposeRule } from '../kinds.js';
import { mergeInto, setScalar } from '../../parse/yaml-edit.js';
import { hits, serviceNames, styleOf } from './lib/services.js';

const MAX_RETRIES = 5;

/** What is wrong with a service's restart policy, and where, or undefined when it is bounded. */
function unbounded(svc: ComposeService): { node: Node; data: { why: string; policy?: YAMLMap } } | undefined {
  const restart = setting(svc, 'restart');
  const value = composeText(restart?.value);
  if (restart && value !== undefined) {
    const m = /^on-failure(?::(\d+))?$/.exec(value);
    if (value === 'always' || value === 'unless-stopped') return { node: restart.value as Node, data: { why: `restart: ${value} restarts a crashing container forever` } };
    if (m && m[1] === undefined) return { node: restart.value as Node, data: { why: 'restart: on-failure without a count retries forever' } };
    if (m && +m[1] > MAX_RETRIES) return { node: restart.value as Node, data: { why: `restart: ${value} retries more than ${MAX_RETRIES} times` } };
  }
  const deploy = resolved(svc, setting(svc, 'deploy')?.value);
  const pair = isMap(deploy) ? deploy.items.find((p) => keyText(p) === 'restart_policy') : undefined;
  const policy = pair ? resolved(svc, pair.value) : undefined;
  if (!pair || !isMap(policy)) return undefined;
  const get = (k: string) => composeText(resolved(svc, policy.items.find((p) => keyText(p) === k)?.value));
  const condition = get('condition') ?? 'any';
  if (condition === 'none') return undefined;
  const attempts = get('max_attempts');
  if (attempts === undefined || !/^\d+$/.test(attempts) || +attempts === 0 || +attempts > MAX_RETRIES) {
    return { node: pair.key as Node, data: { policy, why: `deploy.restart_policy (condition ${condition}) ${attempts === undefined || +attempts === 0 ? 'sets no max_attempts, so it retries forever' : `retries ${attempts} times`}` } };
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
    fix: 'unsafe',
    equivalents: ['kics:restart_policy_on_failure_not_set_to_5'],
    doc,
  },
  check(ctx) {
    for (const hit of hits(ctx, (svc) => {
      const found = unbounded(svc);
      return found ? [found] : [];
    })) {
      const { policy, why } = hit.data;
      const edits = policy
        ? mergeInto(ctx.model, policy, { max_attempts: MAX_RETRIES }, styleOf(ctx.model))
        : isScalar(hit.node) ? [setScalar(ctx.model, hit.node, `on-failure:${MAX_RETRIES}`)].filter((e) => !!e) : [];
      const title = policy ? `Set max_attempts: ${MAX_RETRIES}` : `Use restart: on-failure:${MAX_RETRIES} (a clean exit is then not restarted)`;
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        fixes: edits.length ? [{ title, safe: false, edits }] : [],
        message: `${serviceNames(hit.services)}: ${why}; a container that crashes on start then loops, hiding the failure and using the host; use on-failure:${MAX_RETRIES}`,
      });
    }
  },
};

export default rule;
