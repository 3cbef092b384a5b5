/**
 * Unsafe fixes that take a grant out of a role or a subject out of a
 * binding: one entry of a list, or the whole policy rule / subject when the
 * entry is the only one of its list.
 */
import type { Node } from 'yaml';
import { isMap, isSeq, valueOf } from '../../../parse/yaml-access.js';
import { removeItem } from '../../../parse/yaml-edit.js';
import type { YamlModel } from '../../../parse/yaml.js';
import type { Fix, TextEdit } from '../../types.js';
import type { Binding, PolicyRule, Role } from './rbac.js';

function removeFromSeq(model: YamlModel, seq: unknown, item: unknown): TextEdit | undefined {
  return isSeq(seq) && seq.items.length > 1 && seq.items.includes(item as never) ? removeItem(model, seq, item as Node) : undefined;
}

/**
 * Removes `entry` from the policy rule's `key` list (`resources`, `verbs`);
 * when it is the list's only entry, removes the whole policy rule instead
 * (if the role has others). Undefined in templated files.
 */
export function removeGrantFix(model: YamlModel, role: Role, rule: PolicyRule, key: 'resources' | 'verbs', entry: Node, value: string): Fix | undefined {
  if (model.templated) return undefined;
  const own = removeFromSeq(model, valueOf(rule.node, key), entry);
  if (own) return { title: `Remove ${value} from this rule`, safe: false, edits: [own] };
  const whole = removeFromSeq(model, valueOf(role.obj.node, 'rules'), rule.node);
  return whole ? { title: `Remove the rule that grants ${value}`, safe: false, edits: [whole] } : undefined;
}

/** Removes the subject whose `name` is `nameNode` from a binding that has others. */
export function removeSubjectFix(model: YamlModel, binding: Binding, nameNode: Node, title: string): Fix | undefined {
  if (model.templated) return undefined;
  const subjects = valueOf(binding.obj.node, 'subjects');
  const item = isSeq(subjects) ? subjects.items.find((s) => isMap(s) && valueOf(s, 'name') === nameNode) : undefined;
  const edit = item ? removeFromSeq(model, subjects, item) : undefined;
  return edit ? { title, safe: false, edits: [edit] } : undefined;
}
