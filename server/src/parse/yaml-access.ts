/**
 * Reading YAML nodes (eemeli `yaml`), the one set of accessors the Compose,
 * Kubernetes and workflow models and their rules share. Nothing here follows
 * aliases or merges: the Compose model does that where Compose does.
 */
import * as yaml from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';

/**
 * The node predicates of `yaml`, read once. `yaml` is a CommonJS module, and
 * an ES import of it reaches each export through a generic getter on every
 * call; the models and rules call these for nearly every node they look at.
 */
export const { isAlias, isMap, isPair, isScalar, isSeq } = yaml;

/** The mapping a node is, or undefined. */
export const asMap = (node: unknown): YAMLMap | undefined => (isMap(node) ? (node as YAMLMap) : undefined);

/** The pair of a key in a mapping (the first when duplicated), or undefined when `map` is no mapping. */
export function findPair(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  // A plain loop: every model and rule reads keys through here, so it runs for most pairs of every file.
  const items = map.items as Pair[];
  for (let i = 0; i < items.length; i++) {
    const k = items[i].key;
    if (k === key) return items[i];
    if (isScalar(k)) {
      const v = k.value;
      if (v === key || (typeof v !== 'string' && String(v) === key)) return items[i];
    }
  }
  return undefined;
}

/** The same as {@link findPair}, under the name the models use. */
export const pairOf = findPair;

/** The value node of a key in a mapping, or undefined. */
export function valueOf(map: unknown, key: string): Node | undefined {
  return (findPair(map, key)?.value ?? undefined) as Node | undefined;
}

/** The node at a key path below a mapping, if every step exists. */
export function getIn(node: unknown, path: readonly (string | number)[]): Node | undefined {
  let cur = node;
  for (const step of path) {
    if (typeof step === 'number' && isSeq(cur)) cur = cur.items[step];
    else if (typeof step === 'string' && isMap(cur)) cur = findPair(cur, step)?.value;
    else return undefined;
  }
  return (cur ?? undefined) as Node | undefined;
}

/** A scalar's value as a string (numbers and booleans converted), undefined for anything else. */
export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return typeof node.value === 'object' ? undefined : String(node.value);
}

/** A scalar's text as written (`1.10` stays `1.10`, `0777` stays `0777`), undefined for anything else. */
export function scalarText(node: unknown): string | undefined {
  return isScalar(node) ? textOf(node) : undefined;
}

function textOf(node: yaml.Scalar): string | undefined {
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    return node.source !== undefined && typeof node.source === 'string' ? node.source : String(v);
  }
  return undefined;
}

/** Key of a pair as a string, for plain scalar keys. */
export function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  return isScalar(key) ? textOf(key) : undefined;
}

/** `true` as Kubernetes reads it: YAML 1.1 booleans, so plain `yes`/`on`/`y` count too; quoted strings do not. */
export function isYaml11True(node: unknown): boolean {
  return isScalar(node) && (node.value === true || (node.type === 'PLAIN' && /^(?:y|yes|on)$/i.test(String(node.value))));
}

/** `false` as Kubernetes reads it (plain `no`/`off`/`n` too). */
export function isYaml11False(node: unknown): boolean {
  return isScalar(node) && (node.value === false || (node.type === 'PLAIN' && /^(?:n|no|off)$/i.test(String(node.value))));
}
