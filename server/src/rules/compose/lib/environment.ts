/** `environment:` of a Compose service, map (`KEY: value`) and list (`- KEY=value`) form. */
import type { Node, Scalar } from 'yaml';
import { perService, resolved, setting, type ComposeService, type Setting } from '../../../parse/compose.js';
import { isMap, isScalar, isSeq, keyText, scalarText } from '../../../parse/yaml-access.js';
import { composeText } from '../../../parse/compose-env.js';

export interface EnvEntry {
  name: string;
  /** The value as written; undefined for `KEY` / `KEY:` with no value (taken from the host). */
  value?: string;
  /** The value after interpolation (`${AUTH}` with `AUTH=trust` in `.env` is `trust`); the value as written when nothing resolves. */
  resolved?: string;
  form: 'map' | 'list';
  /** Map form: the key scalar. List form: the item scalar. */
  keyNode: Scalar;
  /** Map form: the value scalar, if any. */
  valueNode?: Scalar;
  /** The item (list form) or the value (map form), for finding ranges. */
  node: Node;
}

/** The `environment:` entries of a service (read once per service, shared by the rules). */
export function environment(svc: ComposeService): { setting?: Setting; entries: readonly EnvEntry[] } {
  return perService(svc, readEnvironment);
}

function readEnvironment(svc: ComposeService): { setting?: Setting; entries: EnvEntry[] } {
  const s = setting(svc, 'environment');
  if (!s) return { entries: [] };
  const entries: EnvEntry[] = [];
  const v = s.value;
  if (isMap(v)) {
    for (const p of v.items) {
      const name = keyText(p);
      if (!name || !isScalar(p.key)) continue;
      const val = resolved(svc, p.value);
      const value = scalarText(val);
      entries.push({ name, value, resolved: composeText(val), form: 'map', keyNode: p.key as Scalar, valueNode: isScalar(val) ? val : undefined, node: isScalar(val) ? val : (p.key as Scalar) });
    }
  } else if (isSeq(v)) {
    for (const item of v.items) {
      const it = resolved(svc, item);
      const text = scalarText(it);
      if (!text || !isScalar(it)) continue;
      const eq = text.indexOf('=');
      const all = composeText(it) ?? text;
      const at = all.indexOf('=');
      entries.push({ name: (eq < 0 ? text : text.slice(0, eq)).trim(), value: eq < 0 ? undefined : text.slice(eq + 1), resolved: eq < 0 || at < 0 ? undefined : all.slice(at + 1), form: 'list', keyNode: it, node: it });
    }
  }
  return { setting: s, entries };
}
