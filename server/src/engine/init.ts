/**
 * One-time asynchronous set-up of the engine: loading the shell parser's
 * WebAssembly. Front ends await it once before the first `analyze`.
 */
import { setFlagsFromString } from 'node:v8';
import { initShellParser } from '../parse/shell.js';

let ready: Promise<void> | undefined;

/**
 * The shell parser's WebAssembly is compiled by V8's baseline compiler only.
 * Optimising it as well costs about 0.6 s of CPU and 40 MB of memory at the
 * first `RUN` a process parses, more than parsing a whole corpus of `RUN`
 * bodies then saves (measured: the corpus scan takes no more CPU, and its
 * peak RSS drops by 30 MB). Set before the module is compiled; a process
 * that compiled WebAssembly earlier keeps what it has.
 */
function baselineWasmOnly(): void {
  try {
    setFlagsFromString('--liftoff-only');
  } catch {
    // not V8: nothing to tune
  }
}

export function initEngine(): Promise<void> {
  if (!ready) {
    baselineWasmOnly();
    ready = initShellParser();
  }
  return ready;
}
