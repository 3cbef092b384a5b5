/** The shared check of the host-namespace rules (`network_mode: host`, `pid: host`, `ipc: host`, `userns_mode: host`). */
import { setting } from '../../../parse/compose.js';
import { composeText } from '../../../parse/compose-env.js';
import type { YamlModel } from '../../../parse/yaml.js';
import type { RuleContext } from '../../types.js';
import { removeSetting } from './remove.js';
import { hits, serviceNames } from './services.js';

/**
 * Reports every service whose `key` is `host`, with `what` saying what the
 * container then shares; with `removable`, offers to remove the line.
 */
export function checkHostNamespace(ctx: RuleContext<YamlModel>, key: string, what: string, removable: boolean, title = `Remove ${key}: host`): void {
  const found = hits(ctx, (svc) => {
    const s = setting(svc, key);
    return s?.value && composeText(s.value)?.trim().toLowerCase() === 'host' ? [{ node: s.value, data: s }] : [];
  });
  for (const hit of found) {
    const edit = removable ? removeSetting(ctx.model, hit.data) : undefined;
    ctx.report({
      range: ctx.model.rangeOf(hit.node),
      message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'share' : 'shares'} the host's ${what} (${key}: host)`,
      fixes: edit ? [{ title, safe: false, edits: [edit] }] : [],
    });
  }
}
