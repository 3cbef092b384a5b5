/**
 * `compute(model)`, computed once per parsed model and kept on it: the
 * Kubernetes objects, Compose services and workflow jobs of a YAML file, the
 * parsed RUNs, stages of instructions and `ONBUILD` triggers of a Dockerfile —
 * the answers every rule of an analysis shares. `compute` is a module-level
 * function (it is the key); answers about a part of the model (a stage, an
 * instruction) live in a Map the computed value holds.
 *
 * Kept on the model rather than in a module-level WeakMap keyed by it: V8's
 * young-generation collections keep a WeakMap's values alive, so each
 * short-lived model's derived trees (and the nodes they point at) were copied
 * and promoted to the old generation. On the corpus that garbage collection
 * cost about as much as the rules themselves.
 *
 * A copy of a model that changes what the answers depend on (a Dockerfile
 * with other `ARG` values) must not share the store: give it `derived: undefined`.
 */
export function derived<M extends { derived?: Map<(model: M) => unknown, unknown> }, T>(model: M, compute: (model: M) => T): T {
  const memo = (model.derived ??= new Map());
  const known = memo.get(compute);
  if (known !== undefined || memo.has(compute)) return known as T;
  const value = compute(model);
  memo.set(compute, value);
  return value;
}
