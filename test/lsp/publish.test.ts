/**
 * When the server analyses a changed document: within two turns of the event
 * loop (no fixed pause, no timer), once more for the newest version when changes arrive
 * during a run, and after a wait as long as its last analysis only when that
 * analysis is expensive.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../../server/src/lsp/context.js';
import { DiagnosticsPublisher, FREE_ANALYSIS_MS, MAX_THROTTLE_MS } from '../../server/src/lsp/publish.js';

const URI = 'file:///w/Dockerfile';

/** A server context whose analyses wait for the test to finish them, recording the versions analysed and published. */
function fakeContext() {
  let doc = TextDocument.create(URI, 'dockerfile', 1, 'FROM a\n');
  const analysed: number[] = [];
  const published: number[] = [];
  const pending: (() => void)[] = [];
  const ctx = {
    documents: { get: (uri: string) => (uri === URI ? doc : undefined), all: () => [doc] },
    analysisFor: (d: TextDocument) => {
      analysed.push(d.version);
      return new Promise((resolve) => pending.push(() => resolve({ result: { findings: [] } })));
    },
    connection: { sendDiagnostics: async (p: { version: number }) => void published.push(p.version), console: { error: () => undefined } },
    cache: { drop: () => undefined, invalidate: () => undefined },
    settings: { drop: () => undefined },
  } as unknown as ServerContext;
  return {
    ctx,
    analysed,
    published,
    edit: (text: string) => (doc = TextDocument.create(URI, 'dockerfile', doc.version + 1, text)),
    finish: async () => {
      pending.shift()?.();
      await new Promise((r) => setImmediate(r));
    },
  };
}

/** Three turns of the event loop, no timer: a run scheduled without a wait has started by then. */
const tick = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
};

describe('DiagnosticsPublisher', () => {
  it('analyses a change within turns of the event loop, without a fixed pause', async () => {
    const f = fakeContext();
    const publisher = new DiagnosticsPublisher(f.ctx, () => 0);
    assert.equal(publisher.delayFor(URI), 0);
    f.edit('FROM b\n');
    publisher.schedule(URI);
    assert.deepEqual(f.analysed, [], 'not synchronously: queued changes may still arrive');
    await tick();
    assert.deepEqual(f.analysed, [2]);
    await f.finish();
    assert.deepEqual(f.published, [2]);
  });

  it('runs within turns of the event loop, after a change already waiting in the message queue, which then is the one analysed', async () => {
    const f = fakeContext();
    const publisher = new DiagnosticsPublisher(f.ctx, () => 0);
    const turn = () => new Promise((r) => setImmediate(r));
    // The connection handles one queued message per turn of the event loop.
    await new Promise<void>((done) => setImmediate(() => {
      f.edit('FROM b\n');
      publisher.schedule(URI);
      setImmediate(() => {
        f.edit('FROM bc\n');
        publisher.schedule(URI);
        done();
      });
    }));
    await turn();
    await turn();
    assert.deepEqual(f.analysed, [3], 'no timer waited on, and version 2 never analysed');
    await f.finish();
    assert.deepEqual(f.published, [3]);
  });

  it('coalesces changes that arrive while it runs into one more run for the newest version', async () => {
    const f = fakeContext();
    // A clock that stands still: the runs cost nothing, so the next run waits for no throttle.
    const publisher = new DiagnosticsPublisher(f.ctx, () => 0);
    publisher.schedule(URI);
    await tick();
    assert.deepEqual(f.analysed, [1]);
    for (const text of ['FROM c\n', 'FROM cd\n', 'FROM cde\n']) {
      f.edit(text);
      publisher.schedule(URI);
      await tick();
    }
    assert.deepEqual(f.analysed, [1], 'no second run while the first is in progress');
    await f.finish();
    assert.deepEqual(f.published, [], 'the stale version 1 is not published');
    await tick();
    assert.deepEqual(f.analysed, [1, 4], 'one more run, for the newest version only');
    await f.finish();
    assert.deepEqual(f.published, [4]);
  });

  it('waits between runs only for an expensive document, as long as its last analysis took, up to a bound', () => {
    const publisher = new DiagnosticsPublisher(fakeContext().ctx);
    const set = (cost: number) => ((publisher as unknown as { docs: Map<string, { cost: number; running: boolean; dirty: boolean }> }).docs.set(URI, { cost, running: false, dirty: false }));
    set(FREE_ANALYSIS_MS - 1);
    assert.equal(publisher.delayFor(URI), 0);
    set(40);
    assert.equal(publisher.delayFor(URI), 40);
    set(5_000);
    assert.equal(publisher.delayFor(URI), MAX_THROTTLE_MS);
  });
});
