/**
 * YAML fix checks for tests: parse the text before and after an edit and
 * assert the documents are equal everywhere except at the paths the edit is
 * about, and that the edited text still parses without new errors.
 */
import assert from 'node:assert/strict';
import { parseYaml, toJS } from '../../server/src/parse/yaml.js';

/** A path into a file: document index first, then keys and sequence indexes. */
export type DocPath = readonly [number, ...(string | number)[]];

function drop(value: unknown, path: readonly (string | number)[]): unknown {
  if (!path.length || value === null || typeof value !== 'object') return path.length ? value : undefined;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  if (!(head in copy)) return value;
  if (rest.length) copy[head] = drop(copy[head], rest);
  else delete copy[head];
  return copy;
}

/** The plain documents of a YAML text, with the given paths removed. */
export function documentsWithout(text: string, paths: readonly DocPath[] = []): unknown[] {
  return parseYaml(text).docs.map((doc, i) => {
    let js = toJS(doc);
    for (const [d, ...rest] of paths) if (d === i) js = drop(js, rest);
    return js;
  });
}

/**
 * Asserts `after` parses with no more errors than `before` and that both
 * hold the same documents once `paths` are removed from each.
 */
export function assertSameExcept(before: string, after: string, paths: readonly DocPath[]): void {
  assert.ok(parseYaml(after).errors.length <= parseYaml(before).errors.length, `edited YAML no longer parses:\n${after}`);
  assert.deepEqual(documentsWithout(after, paths), documentsWithout(before, paths));
}

/** The plain value at a path of the text's documents (for asserting what an edit wrote). */
export function valueAt(text: string, [doc, ...path]: DocPath): unknown {
  let cur: unknown = toJS(parseYaml(text).docs[doc]);
  for (const step of path) cur = cur === null || typeof cur !== 'object' ? undefined : (cur as Record<string | number, unknown>)[step];
  return cur;
}
