/** `security_opt` entries of a Compose service (`no-new-privileges:true`, `seccomp=unconfined`, …). */
import type { Node } from 'yaml';
import { isScalar } from '../../../parse/yaml-access.js';
import { perService, seqItems, setting, type ComposeService, type Setting } from '../../../parse/compose.js';
import { composeText } from '../../../parse/compose-env.js';
import type { YamlModel } from '../../../parse/yaml.js';
import type { RuleContext } from '../../types.js';
import { removeEntry } from './remove.js';
import { hits, serviceNames } from './services.js';

export interface SecurityOpt {
  node: Node;
  /** Option name, lower-cased (`seccomp`, `apparmor`, `no-new-privileges`, `label`). */
  name: string;
  /** Value after `:` or `=`; undefined for a bare name. */
  value?: string;
}

/** The `security_opt` setting and its entries. Read once per service, shared by the rules. */
export function securityOpts(svc: ComposeService): { setting?: Setting; opts: readonly SecurityOpt[] } {
  return perService(svc, readSecurityOpts);
}

function readSecurityOpts(svc: ComposeService): { setting?: Setting; opts: SecurityOpt[] } {
  const s = setting(svc, 'security_opt');
  if (!s) return { opts: [] };
  const opts: SecurityOpt[] = [];
  for (const item of seqItems(svc, s.value)) {
    const text = isScalar(item) ? composeText(item) : undefined;
    if (!text) continue;
    // Trimmed first: blanks around an optional lazy group made the regex cubic on a run of them.
    const m = /^([A-Za-z-]+)\s*(?:[:=](.*))?$/.exec(text.trim());
    if (m) opts.push({ node: item, name: m[1].toLowerCase(), value: m[2]?.trim() });
  }
  return { setting: s, opts };
}

/** Whether an entry turns no-new-privileges on (`no-new-privileges`, `:true`, `=true`). */
export function isNoNewPrivileges(o: SecurityOpt): boolean {
  return o.name === 'no-new-privileges' && (o.value === undefined || /^true$/i.test(o.value));
}

/**
 * Reports every `security_opt` entry `<profile>:unconfined` (once per YAML
 * node, naming every service that uses it), with a fix that removes the
 * entry and so restores Docker's default profile.
 */
export function reportUnconfined(ctx: RuleContext<YamlModel>, profile: 'seccomp' | 'apparmor', consequence: string): void {
  const found = hits(ctx, (svc) => {
    const { setting, opts } = securityOpts(svc);
    return opts
      .filter((o) => o.name === profile && o.value?.toLowerCase() === 'unconfined')
      .map((o) => ({ node: o.node, data: setting! }));
  });
  for (const hit of found) {
    const edit = removeEntry(ctx.model, hit.data, hit.node);
    ctx.report({
      range: ctx.model.rangeOf(hit.node),
      fixes: edit ? [{ title: `Remove ${composeText(hit.node)} (back to Docker's default profile)`, safe: false, edits: [edit] }] : [],
      message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'turn' : 'turns'} off ${consequence}`,
    });
  }
}
