/** `security_opt` entries of a Compose service (`no-new-privileges:true`, `seccomp=unconfined`, …). */
import { isScalar, type Node } from 'yaml';
import { scalarText, seqItems, setting, type ComposeService, type Setting } from '../../../parse/compose.js';

export interface SecurityOpt {
  node: Node;
  /** Option name, lower-cased (`seccomp`, `apparmor`, `no-new-privileges`, `label`). */
  name: string;
  /** Value after `:` or `=`; undefined for a bare name. */
  value?: string;
}

/** The `security_opt` setting and its entries. */
export function securityOpts(svc: ComposeService): { setting?: Setting; opts: SecurityOpt[] } {
  const s = setting(svc, 'security_opt');
  if (!s) return { opts: [] };
  const opts: SecurityOpt[] = [];
  for (const item of seqItems(svc, s.value)) {
    const text = isScalar(item) ? scalarText(item) : undefined;
    if (!text) continue;
    const m = /^\s*([A-Za-z-]+)\s*(?:[:=]\s*(.*?))?\s*$/.exec(text);
    if (m) opts.push({ node: item, name: m[1].toLowerCase(), value: m[2] });
  }
  return { setting: s, opts };
}

/** Whether an entry turns no-new-privileges on (`no-new-privileges`, `:true`, `=true`). */
export function isNoNewPrivileges(o: SecurityOpt): boolean {
  return o.name === 'no-new-privileges' && (o.value === undefined || /^true$/i.test(o.value));
}
