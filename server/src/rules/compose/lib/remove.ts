/** Fix edits that take a setting, or one entry of a list setting, out of a service. */
import type { Node } from 'yaml';
import { isMap, isSeq } from '../../../parse/yaml-access.js';
import type { Setting } from '../../../parse/compose.js';
import { removeItem, removePair } from '../../../parse/yaml-edit.js';
import type { YamlModel } from '../../../parse/yaml.js';
import type { TextEdit } from '../../types.js';

/** Removes a setting (`pid: host`) from the mapping that holds it. */
export function removeSetting(model: YamlModel, s: Setting): TextEdit | undefined {
  return removePair(model, s.map, s.pair);
}

/** Removes one entry of a list setting, or the whole setting when it is the only entry. */
export function removeEntry(model: YamlModel, s: Setting, entry: Node): TextEdit | undefined {
  if (!isSeq(s.value)) return undefined;
  return s.value.items.length > 1 ? removeItem(model, s.value, entry) : removeSetting(model, s);
}

/**
 * Removes one entry of a list or mapping setting (`sysctls`, `environment`):
 * the list item `node`, or the mapping entry whose key is `node`; the whole
 * setting when it is the only entry.
 */
export function removeKeyedEntry(model: YamlModel, s: Setting, node: Node): TextEdit | undefined {
  if (isSeq(s.value)) return removeEntry(model, s, node);
  if (!isMap(s.value)) return undefined;
  const pair = s.value.items.find((p) => p.key === node);
  if (!pair) return undefined;
  return s.value.items.length > 1 ? removePair(model, s.value, pair) : removeSetting(model, s);
}
