/**
 * The memory governor: a concurrent full collection is asked for each time
 * the old generation has grown by the limit since the last one (or since V8
 * last collected by itself), and never in between.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryGovernor, v8Heap } from '../../server/src/lsp/memory.js';

const MB = 1024 * 1024;

/** A heap whose old-generation use the test sets, counting the collections asked for. */
function fakeHeap() {
  const heap = { used: 10 * MB, collections: 0 };
  return { heap, api: { oldUsed: () => heap.used, collect: () => void heap.collections++ } };
}

describe('MemoryGovernor', () => {
  it('asks for a collection once the old generation grew by the limit, then counts from there', () => {
    const { heap, api } = fakeHeap();
    const governor = new MemoryGovernor(api, 8 * MB);
    governor.tick();
    heap.used = 17.9 * MB;
    governor.tick();
    assert.equal(heap.collections, 0, 'less than the limit: nothing asked');
    heap.used = 18 * MB;
    governor.tick();
    assert.equal(heap.collections, 1, 'the limit reached: one collection');
    heap.used = 20 * MB;
    governor.tick();
    assert.equal(heap.collections, 1, 'while it runs, growth counts from where it was asked');
    heap.used = 26 * MB;
    governor.tick();
    assert.equal(heap.collections, 2, 'the limit reached again');
  });

  it('counts from what a collection left when use drops', () => {
    const { heap, api } = fakeHeap();
    const governor = new MemoryGovernor(api, 8 * MB);
    heap.used = 30 * MB;
    governor.tick();
    heap.used = 12 * MB;
    governor.tick();
    heap.used = 19 * MB;
    governor.tick();
    assert.equal(heap.collections, 0, '7 MB above what the collection left');
    heap.used = 20 * MB;
    governor.tick();
    assert.equal(heap.collections, 1);
  });

  it('does nothing without a heap to govern', () => {
    assert.doesNotThrow(() => new MemoryGovernor(undefined).tick());
  });

  it("reads this process's old generation and starts a collection without waiting for it", () => {
    const heap = v8Heap();
    assert.ok(heap, 'V8 exposes its collector');
    assert.ok(heap.oldUsed() > 0);
    assert.doesNotThrow(() => heap.collect());
  });
});
