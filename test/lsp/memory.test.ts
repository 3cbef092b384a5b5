/**
 * The memory governor: a concurrent full collection is asked for each time
 * the old generation has grown by the limit since the last one (or since V8
 * last collected by itself), and never in between.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANALYSES_PER_COLLECTION, MemoryGovernor, v8Heap } from '../../server/src/lsp/memory.js';

const MB = 1024 * 1024;

/** A heap whose old-generation use the test sets, counting the collections asked for. */
function fakeHeap() {
  const heap = { used: 10 * MB, collections: 0 };
  return { heap, api: { oldUsed: () => heap.used, collect: () => void heap.collections++ } };
}

describe('MemoryGovernor', () => {
  /** Grows the old generation to `mb` in steps of a tenth of a MB (each small beside the limit), ticking after each. */
  const growTo = (heap: { used: number }, governor: MemoryGovernor, mb: number) => {
    while (heap.used < mb * MB) {
      heap.used = Math.min(mb * MB, heap.used + 0.1 * MB);
      governor.tick();
    }
  };

  it('asks for a collection once the old generation grew by the limit, then counts from there', () => {
    const { heap, api } = fakeHeap();
    const governor = new MemoryGovernor(api, 8 * MB);
    governor.tick();
    growTo(heap, governor, 17.5);
    assert.equal(heap.collections, 0, 'less than the limit: nothing asked');
    assert.equal(governor.limit, 8 * MB, 'small steps leave the limit where it is');
    growTo(heap, governor, 18);
    assert.equal(heap.collections, 1, 'the limit reached: one collection');
    growTo(heap, governor, 25.5);
    assert.equal(heap.collections, 1, 'while it runs, growth counts from where it was asked');
    growTo(heap, governor, 26);
    assert.equal(heap.collections, 2, 'the limit reached again');
  });

  it('counts from what a collection left when use drops', () => {
    const { heap, api } = fakeHeap();
    const governor = new MemoryGovernor(api, 8 * MB);
    governor.tick();
    growTo(heap, governor, 17);
    // V8 collected by itself: below where the governor started counting.
    heap.used = 8 * MB;
    governor.tick();
    growTo(heap, governor, 15.5);
    assert.equal(heap.collections, 0, '7.5 MB above what the collection left');
    growTo(heap, governor, 16);
    assert.equal(heap.collections, 1);
  });

  it('raises the limit to several analyses worth of growth when one analysis leaves a lot', () => {
    const { heap, api } = fakeHeap();
    const governor = new MemoryGovernor(api, 8 * MB);
    governor.tick();
    heap.used += 5 * MB;
    governor.tick();
    assert.equal(governor.limit, ANALYSES_PER_COLLECTION * 5 * MB);
    assert.equal(heap.collections, 0, '5 MB is below the fixed limit, and below the raised one');
    for (let i = 0; i < ANALYSES_PER_COLLECTION - 2; i++) {
      heap.used += 5 * MB;
      governor.tick();
    }
    assert.equal(heap.collections, 0, `${ANALYSES_PER_COLLECTION - 1} analyses of 5 MB: no collection yet`);
    heap.used += 5 * MB;
    governor.tick();
    assert.equal(heap.collections, 1, `${ANALYSES_PER_COLLECTION} analyses of 5 MB: one collection`);
  });

  it('lets the raised limit fall back as analyses leave less', () => {
    const { heap, api } = fakeHeap();
    const governor = new MemoryGovernor(api, 8 * MB);
    governor.tick();
    heap.used += 5 * MB;
    governor.tick();
    for (let i = 0; i < 40; i++) governor.tick();
    assert.equal(governor.limit, 8 * MB, 'back at the fixed limit');
  });

  it('does nothing without a heap to govern', () => {
    assert.doesNotThrow(() => new MemoryGovernor(undefined).tick());
  });

  /** Puts about 20 MB of objects in the old generation (they survive a full collection), then lets them go. */
  const oldGarbage = (heap: NonNullable<ReturnType<typeof v8Heap>>) => {
    let kept: object[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ i, s: `value ${i}` }));
    (v8Heap('sync') ?? heap).collect();
    const before = heap.oldUsed();
    assert.ok(kept.length > 0);
    kept = undefined;
    return before;
  };

  it('collects the old generation at once (a worker, after its reply is sent)', () => {
    const heap = v8Heap('sync');
    assert.ok(heap, 'V8 exposes its collector');
    const before = oldGarbage(heap);
    heap.collect();
    assert.ok(heap.oldUsed() < before - 10 * MB, `old generation ${before} → ${heap.oldUsed()} bytes`);
  });

  it('collects the old generation beside the message loop (the main thread)', async () => {
    const heap = v8Heap();
    assert.ok(heap, 'V8 exposes its collector');
    const before = oldGarbage(heap);
    heap.collect();
    for (let i = 0; i < 100 && heap.oldUsed() >= before - 10 * MB; i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(heap.oldUsed() < before - 10 * MB, `old generation ${before} → ${heap.oldUsed()} bytes`);
  });
});
