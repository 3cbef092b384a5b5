/**
 * V8 settings for a scan, set at run time by the command line only (the
 * language server keeps V8's defaults).
 *
 * The heap: a scan A scan is a batch: each file's analysis
 * allocates a lot that is garbage once the file is done, while little stays
 * live (the report is written as the files come). V8's defaults suit long
 * running programs: the old generation may grow to about four times what
 * survived the last full collection before it is collected again, and the
 * young generation grows to 2 × 16 MB. For the scan of a large repository
 * that is most of the peak memory (measured on the 1,350-file corpus: peak
 * RSS 205–237 MB with 45 MB live at most). Here the old generation grows by
 * half of what survived, and the young generation stops growing at
 * 2 × {@link YOUNG_CAP_MB} MB: the peak falls well below, for about 5% more CPU.
 *
 * Both flags are read by V8 each time it sizes the heap, so setting them at
 * run time applies from the next collection on.
 *
 * Calls into the shell parser's WebAssembly: with V8's generic JS-to-Wasm
 * wrapper, a worker thread spent about 0.9 s of a 1,350-file share in the
 * wrapper alone (the main thread's profile shows none). Per-signature
 * wrappers are set before the module is compiled, like the engine's own
 * `--liftoff-only`.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Semi-space size (MB) past which the young generation stops growing. */
const YOUNG_CAP_MB = 8;

let capped = false;

function setFlag(flag: string): void {
  try {
    setFlagsFromString(flag);
  } catch {
    // not V8: nothing to tune
  }
}

/** Applies the settings; before the engine is loaded (the flags are the process's, worker threads included). */
export function tuneForScan(): void {
  setFlag('--heap-growing-percent=50');
  setFlag('--no-wasm-generic-wrapper');
}

/**
 * Stops the young generation's growth once this thread's reached the cap;
 * called between files (cheap: one look at the heap's spaces). The flag is
 * the process's, so a scan with worker threads does not call it: their
 * young generations could be stopped before they reached the cap, and
 * collecting a small one often costs more CPU than the threads save.
 */
export function capYoungGeneration(): void {
  if (capped) return;
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (!young || young.space_size < 2 * YOUNG_CAP_MB * 1024 * 1024) return;
  capped = true;
  setFlag('--semi-space-growth-factor=1');
}
