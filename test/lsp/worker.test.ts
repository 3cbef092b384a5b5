/**
 * Analysis runs in worker threads: a document whose analysis never finishes
 * holds up neither the server nor the other documents; its worker is
 * restarted and the document says why it has no findings.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { HANG_MS } from '../../server/src/lsp/worker.js';
import { makeWorkspace, TestClient } from './helpers/client.js';

const NORMAL = 'FROM ubuntu:latest\nUSER root\n';
const HANGS = 'FROM ubuntu:22.04\n# HANG-IN-TEST\nUSER root\n';

describe('analysis in worker threads', () => {
  const ws = makeWorkspace({});
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: ws.dir, nodeArgs: ['--require', join(__dirname, 'fixtures/hang-preload.cjs')] });
  });
  after(() => client.kill());

  it('serves a normal document while another one hangs its worker, then restarts that worker', async () => {
    const stuck = ws.uri('stuck/Dockerfile');
    const fine = ws.uri('fine/Dockerfile');
    const stuckPublished = client.open(stuck, HANGS);
    const finePublished = await client.open(fine, NORMAL);
    assert.equal(finePublished.version, 1);
    assert.ok(finePublished.diagnostics.some((d) => d.code === 'no-root-user'), 'the normal document has its findings');
    assert.equal(client.published.filter((p) => p.uri === stuck).length, 0, 'the hanging document has published nothing yet');
    // The server still answers requests while a worker is stuck.
    const rootUser = finePublished.diagnostics.find((d) => d.code === 'no-root-user')!;
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: fine }, position: rootUser.range.start });
    assert.match(JSON.stringify(hover), /no-root-user/);

    const stuckResult = await stuckPublished;
    assert.deepEqual(stuckResult.diagnostics.map((d) => [d.severity, d.range.start, d.message]), [[
      3,
      { line: 0, character: 0 },
      `Analysis stopped after ${HANG_MS} ms: a check did not finish, so this file's problems are not shown (other files are still analysed; the next edit tries again).`,
    ]]);
    assert.ok(client.logs.some((l) => l.includes(`stuck/Dockerfile: analysis did not finish in ${HANG_MS} ms; its worker was restarted`)), client.logs.join('\n'));

    // Once the loop is gone from the text, the restarted worker analyses it.
    const since = client.published.length;
    await client.change(stuck, 2, NORMAL);
    const again = await client.diagnostics(stuck, (p) => p.version === 2, since);
    assert.ok(again.diagnostics.some((d) => d.code === 'no-root-user'));
    assert.ok(again.diagnostics.every((d) => !String(d.message).startsWith('Analysis stopped')));
  });

  it('publishes the newest version of a burst of changes last, and never an older one after it', async () => {
    const uri = ws.uri('burst/Dockerfile');
    await client.open(uri, NORMAL);
    const since = client.published.length;
    for (let v = 2; v <= 12; v++) await client.change(uri, v, `${NORMAL}${'# x\n'.repeat(v)}${v === 12 ? 'USER app\n' : ''}`);
    const last = await client.diagnostics(uri, (p) => p.version === 12, since);
    assert.ok(!last.diagnostics.some((d) => d.code === 'no-root-user'), 'the last version ends as a non-root user');
    const versions = client.published.slice(since).filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'versions are published in order');
    assert.ok(versions.length < 11, `changes in a burst coalesce (published ${versions.join(', ')})`);
  });
});
