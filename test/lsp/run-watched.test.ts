/**
 * The server's own thread analyses the first documents under the same watch
 * as a worker: an analysis that never returns is stopped and reported as hung.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseHere, runWatched } from '../../server/src/lsp/analysis.js';
import { Hung } from '../../server/src/lsp/worker.js';
import { emptyProject } from '../../server/src/engine/index.js';

describe('runWatched', () => {
  it('returns what the function returns', () => {
    assert.equal(runWatched(() => 6 * 7, 5_000), 42);
  });

  it('passes on what the function throws', () => {
    assert.throws(() => runWatched(() => { throw new RangeError('bad input'); }, 5_000), { name: 'RangeError', message: 'bad input' });
  });

  it('stops a function that never returns after the time given, as Hung', () => {
    let spins = 0;
    assert.throws(() => runWatched(() => { for (;;) spins++; }, 200), (e: unknown) => e instanceof Hung && e.ms === 200 && e.message === 'analysis did not finish in 200 ms');
    assert.ok(spins > 0);
    // The thread goes on as before.
    assert.equal(runWatched(() => 'after', 5_000), 'after');
  });
});

describe('analyseHere with a hang time', () => {
  it('analyses as without one', async () => {
    const file = { path: '/w/Dockerfile', text: 'FROM ubuntu:latest\nUSER root\n' };
    const watched = await analyseHere(2_000, 5_000)(file, emptyProject, {}, 'file:///w/Dockerfile');
    const plain = await analyseHere(2_000)(file, emptyProject, {}, 'file:///w/Dockerfile');
    assert.deepEqual(watched.findings.map((f) => [f.ruleId, f.range.start.line, f.message]), plain.findings.map((f) => [f.ruleId, f.range.start.line, f.message]));
    assert.deepEqual(watched.findings.map((f) => f.ruleId), ['no-latest-tag', 'no-root-user']);
  });
});
