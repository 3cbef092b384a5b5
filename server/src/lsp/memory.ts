/**
 * Keeps the server's heap near what it holds while a person types.
 *
 * Every edit leaves a little garbage that outlives a young-generation
 * collection (the previous version's analysis, messages in flight); V8 moves
 * it to the old generation and collects that only when the old generation
 * reaches a limit it raises as the heap grows. Over thousands of edits the
 * process then holds tens of MB of garbage although what it keeps alive stays
 * the same (measured: 15 MB live after a full collection, before and after
 * 10,000 edits). The governor asks V8 for a concurrent full collection
 * whenever the old generation has grown by {@link OLD_GROWTH_MB} since the
 * last one it saw; the marking runs beside the message loop, not in it.
 *
 * It runs on the main thread, which allocates little per edit, and in each
 * analysis worker. Where one edit leaves more, the limit is at least
 * {@link ANALYSES_PER_COLLECTION} times the recent growth per edit, so it
 * never collects on every edit. A worker collects at once (`v8Heap('sync')`),
 * right after its reply is sent, while the main thread publishes: a
 * concurrent collection there overlapped the next analysis and slowed it
 * (measured on a 300-line Dockerfile: didChange p50 about 15 → 35 ms, p95
 * about 60 → 120 ms). Left to V8, a worker's old generation grew to about
 * 40 MB before its first full collection (measured over 10,000 edits of a
 * 30-line Dockerfile: 11 → 41 MB, 9 MB of it live); with the governor it
 * stays within 17 MB. Workers' young generation has a fixed size
 * (`WORKER_YOUNG_GENERATION_MB` in node/worker-heap.ts), the main thread's is
 * kept at its start size (boot.ts).
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Growth of the old generation (MB) after which a full collection is asked for. */
export const OLD_GROWTH_MB = 4;

/** What the governor reads and asks for (tests pass their own). */
export interface Heap {
  /** Bytes used in the old generation now. */
  oldUsed(): number;
  /** Collects the whole heap, at once or concurrently (see {@link v8Heap}). */
  collect(): void;
}

type GcFunction = (options: { type: 'major'; execution: 'async' }) => void;

let gcFunction: GcFunction | null | undefined;

/**
 * V8's collector as a function, or null where it cannot be had (not V8, flags
 * locked). The flag is set back once the function is had: V8 refuses a code
 * cache made under other flags (node/code-cache.ts).
 */
function gc(): GcFunction | null {
  if (gcFunction !== undefined) return gcFunction;
  try {
    setFlagsFromString('--expose-gc');
    gcFunction = runInNewContext('gc') as GcFunction;
    setFlagsFromString('--no-expose-gc');
  } catch {
    gcFunction = null;
  }
  return gcFunction;
}

/**
 * This isolate's heap, collected concurrently (`async`: the marking runs
 * beside the message loop) or at once (`sync`). A collection at once is
 * `gc()` without options: `gc({ type: 'major', execution: 'sync' })` left the
 * old generation as it was in Node 20 (a test checks both ways free garbage).
 */
export function v8Heap(execution: 'async' | 'sync' = 'async'): Heap | undefined {
  const collector = gc();
  if (!collector) return undefined;
  return {
    oldUsed: () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')?.space_used_size ?? 0,
    collect: execution === 'async' ? () => collector({ type: 'major', execution: 'async' }) : () => (collector as unknown as () => void)(),
  };
}

/**
 * How many analyses' worth of old-generation growth the limit is at least:
 * where one analysis leaves megabytes (a large file), collecting at a fixed
 * limit would collect during nearly every analysis. At 8, typing in a
 * 3,000-line Kubernetes file collected every 9–10 edits on the main thread,
 * and those edits took 80–130 ms instead of about 30 (didChange p95 37 →
 * 86 ms); at 64 a collection falls on one edit in 64.
 */
export const ANALYSES_PER_COLLECTION = 64;

export class MemoryGovernor {
  /** Old-generation use after the last collection asked for (or when first seen). */
  private base: number | undefined;
  /** Old-generation use at the last tick. */
  private last: number | undefined;
  /** The largest growth between two ticks lately (decays by a tenth per tick). */
  private step = 0;

  constructor(private readonly heap: Heap | undefined = v8Heap(), private readonly growthBytes = OLD_GROWTH_MB * 1024 * 1024) {}

  /** The growth that asks for a collection now: the fixed limit, or {@link ANALYSES_PER_COLLECTION} recent steps when larger. */
  get limit(): number {
    return Math.max(this.growthBytes, ANALYSES_PER_COLLECTION * this.step);
  }

  /** Called after each analysis: asks for a collection when the old generation grew past the limit. */
  tick(): void {
    if (!this.heap) return;
    const used = this.heap.oldUsed();
    this.step = Math.max(this.last === undefined ? 0 : used - this.last, 0.9 * this.step);
    this.last = used;
    if (this.base === undefined || used < this.base) {
      // V8 collected by itself in the meantime: measure from there.
      this.base = used;
      return;
    }
    if (used - this.base < this.limit) return;
    this.heap.collect();
    // The collection runs concurrently; until it finishes, count growth from here.
    this.base = used;
  }
}
