/**
 * Analysis runs in worker threads once the first one is ready (the first
 * documents are analysed in the server's own thread meanwhile): a document
 * whose analysis never finishes holds up neither the server nor the other
 * documents; its worker is restarted and the document says why it has no
 * findings.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FileChangeType, HoverRequest } from 'vscode-languageserver-protocol/node';
import { LIVE_BUDGET_MS } from '../../server/src/lsp/analysis.js';
import { HANG_MS, type Job, WorkerPool } from '../../server/src/lsp/worker.js';
import { buildServer, makeWorkspace, TestClient } from './helpers/client.js';

const NORMAL = 'FROM ubuntu:latest\nUSER root\n';
const HANGS = 'FROM ubuntu:22.04\n# HANG-IN-TEST\nUSER root\n';

describe('analysis in worker threads', () => {
  const ws = makeWorkspace({});
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({
      folder: ws.dir,
      nodeArgs: ['--require', join(__dirname, 'fixtures/hang-preload.cjs')],
      initializationOptions: { analysisBudgetMs: LIVE_BUDGET_MS },
    });
  });
  after(() => client.kill());

  it('analyses the first document in its own thread, then starts a worker for the next ones', { timeout: 60_000 }, async () => {
    const first = await client.open(ws.uri('first/Dockerfile'), NORMAL);
    assert.deepEqual(first.diagnostics.map((d) => [d.code, d.range.start.line]), [['no-latest-tag', 0], ['no-root-user', 1]]);
    assert.deepEqual(client.logs.filter((l) => l.startsWith('Analysis worker')), [], 'the first diagnostics did not wait for a worker');
    assert.match(await client.log(/^Analysis worker ready in \d+ ms$/), /ready/);
  });

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
    assert.ok(!last.diagnostics.some((d) => d.code === 'no-root-user'), JSON.stringify(last.diagnostics));
    const versions = client.published.slice(since).filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'versions are published in order');
    assert.ok(versions.length < 11, `changes in a burst coalesce (published ${versions.join(', ')})`);
  });
});

describe('the first worker', () => {
  it('warms up with the document it is given, says once that it is warm, then analyses', async () => {
    const warmed: number[] = [];
    const pool = new WorkerPool({ script: await buildServer(), openTexts: () => [], log: () => {}, onWarm: (ms) => warmed.push(ms) });
    try {
      const job: Job = { uri: 'file:///w/Dockerfile', file: { path: '/w/Dockerfile', text: NORMAL }, root: undefined, settings: {}, budgetMs: LIVE_BUDGET_MS, cacheDisk: false };
      assert.equal(pool.warm, false);
      pool.prestart(job);
      // Queued behind the warm-up, in the same worker.
      const reply = await pool.analyse({ ...job, file: { ...job.file, text: `${NORMAL}USER app\n` } });
      assert.equal(pool.warm, true);
      assert.equal(warmed.length, 1);
      assert.deepEqual(reply.findings.map((f) => [f.ruleId, f.range.start.line]), [['no-latest-tag', 0], ['user-numeric-uid', 2]]);
      pool.prestart(job);
      assert.equal(warmed.length, 1, 'a pool with a worker starts no other');
    } finally {
      pool.dispose();
    }
  });
});

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.27
`;

const DENY_ALL = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`;

describe('files around a document', () => {
  const ws = makeWorkspace({ 'deploy/app/deployment.yaml': DEPLOYMENT, 'deploy/README.md': 'manifests\n' });
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: ws.dir });
  });
  after(() => client.kill());

  it('analyses an open manifest again when a NetworkPolicy beside it appears on disk, and reads the folder again', async () => {
    const uri = ws.uri('deploy/app/deployment.yaml');
    const first = await client.open(uri, DEPLOYMENT, 'yaml');
    assert.ok(first.diagnostics.some((d) => d.code === 'k8s-require-network-policy'), JSON.stringify(first.diagnostics.map((d) => d.code)));
    // An edit reads the folder from what the worker remembers: still no policy there.
    const since = client.published.length;
    await client.change(uri, 2, `${DEPLOYMENT}# edited\n`);
    const edited = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.ok(edited.diagnostics.some((d) => d.code === 'k8s-require-network-policy'));

    writeFileSync(join(ws.dir, 'deploy/netpol.yaml'), DENY_ALL);
    const before = client.published.length;
    await client.changeWatchedFiles([{ uri: ws.uri('deploy/netpol.yaml'), type: FileChangeType.Created }]);
    const after = await client.diagnostics(uri, () => true, before);
    assert.equal(after.version, 2, 'the same version, analysed again without an edit');
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'k8s-require-network-policy'), []);
  });
});
