/**
 * A deterministic measure of the work an analysis does: elements visited by
 * the array methods that scan (find, some, filter, map, …), characters split
 * or searched by string methods, and the findings' output size. A quadratic scan
 * (a `find` over every stage for every stage, a `split` of the whole file per
 * line asked) shows as work that grows with the square of the input, without
 * timing anything.
 */
type Method = (...args: unknown[]) => unknown;

const ARRAY_SCANS = ['find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter', 'map', 'flatMap', 'forEach', 'reduce', 'includes', 'indexOf', 'slice', 'concat', 'join'] as const;
/** String methods that read the whole string, and those that read from a position (counted only when called without one). */
const STRING_SCANS = ['split', 'search', 'match', 'matchAll', 'replace', 'replaceAll', 'toLowerCase', 'trim'] as const;
const STRING_SEARCHES = ['indexOf', 'includes'] as const;

/** Runs `fn` and returns its result with the work it did (in elements or characters visited). */
export function measureWork<T>(fn: () => T): { result: T; work: number } {
  let work = 0;
  const saved: [object, string, Method][] = [];
  const patch = (proto: object, name: string, size: (self: unknown, args: unknown[]) => number) => {
    const original = (proto as Record<string, Method>)[name];
    saved.push([proto, name, original]);
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        work += size(this, args);
        return original.apply(this, args);
      },
    });
  };
  for (const m of ARRAY_SCANS) patch(Array.prototype, m, (self) => (self as unknown[]).length);
  for (const m of STRING_SCANS) patch(String.prototype, m, (self) => String(self).length);
  for (const m of STRING_SEARCHES) patch(String.prototype, m, (self, args) => (args.length > 1 ? 0 : String(self).length));
  try {
    const result = fn();
    return { result, work };
  } finally {
    for (const [proto, name, original] of saved.reverse()) Object.defineProperty(proto, name, { configurable: true, writable: true, value: original });
  }
}
