/** Kubernetes label selectors (`matchLabels`, `matchExpressions`) and the labels they select. */
import type { Node } from 'yaml';
import { isMap, isSeq, scalarString, valueOf } from '../../../parse/yaml-access.js';

/** The `labels` of a metadata mapping. */
export function labelsOf(map: Node | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const labels = isMap(map) ? valueOf(map, 'labels') : undefined;
  if (isMap(labels)) {
    for (const p of labels.items) {
      const k = scalarString(p.key);
      const v = scalarString(p.value);
      if (k !== undefined) out.set(k, v ?? '');
    }
  }
  return out;
}

/** Whether a label selector selects pods with these labels (an unreadable selector is taken to select them). */
export function selects(selector: Node | undefined, labels: Map<string, string>): boolean {
  if (selector === undefined || (!isMap(selector))) return true;
  const match = valueOf(selector, 'matchLabels');
  if (isMap(match)) {
    for (const p of match.items) {
      const k = scalarString(p.key);
      if (k !== undefined && labels.get(k) !== scalarString(p.value)) return false;
    }
  }
  const exprs = valueOf(selector, 'matchExpressions');
  if (isSeq(exprs)) {
    for (const e of exprs.items) {
      if (!isMap(e)) continue;
      const key = scalarString(valueOf(e, 'key'));
      const op = scalarString(valueOf(e, 'operator'));
      const vals = valueOf(e, 'values');
      const values = isSeq(vals) ? vals.items.map(scalarString) : [];
      if (key === undefined) continue;
      const has = labels.has(key);
      if (op === 'In' && !(has && values.includes(labels.get(key)))) return false;
      if (op === 'NotIn' && has && values.includes(labels.get(key))) return false;
      if (op === 'Exists' && !has) return false;
      if (op === 'DoesNotExist' && has) return false;
    }
  }
  return true;
}
