/**
 * One-time asynchronous set-up of the engine: loading the shell parser's
 * WebAssembly. Front ends await it once before the first `analyze`.
 */
import { initShellParser } from '../parse/shell.js';

let ready: Promise<void> | undefined;

export function initEngine(): Promise<void> {
  ready ??= initShellParser();
  return ready;
}
