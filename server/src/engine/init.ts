/**
 * One-time asynchronous set-up of the engine (loading WebAssembly parsers).
 * Front ends await it once before the first `analyze`.
 */
const initializers: (() => Promise<void>)[] = [];
let ready: Promise<void> | undefined;

/** Registers set-up work; parsers that load asynchronously call this at import. */
export function onInit(init: () => Promise<void>): void {
  initializers.push(init);
}

export function initEngine(): Promise<void> {
  ready ??= Promise.all(initializers.map((i) => i())).then(() => undefined);
  return ready;
}
