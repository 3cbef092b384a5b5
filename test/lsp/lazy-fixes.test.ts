/**
 * Fixes are computed when a person asks: an analysis worker answers with the
 * findings alone and keeps them, the server asks it for their fixes when a
 * code action needs them, and the edits offered belong to the text that was
 * analysed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { analyze, emptyProject } from '../../server/src/engine/analyze.js';
import { initEngine } from '../../server/src/engine/init.js';
import { remoteResult } from '../../server/src/lsp/context.js';
import { type AnalysedReply, type Job, type RemoteFinding, WorkerPool } from '../../server/src/lsp/worker.js';
import { buildServer, makeWorkspace, TestClient } from './helpers/client.js';

/** A Pod with `n` containers and no securityContext: every container draws several fixable findings. */
function pod(n: number): string {
  const containers = Array.from({ length: n }, (_, i) => `    - name: c${i}\n      image: nginx:1.27\n`).join('');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\nspec:\n  containers:\n${containers}`;
}

const job = (text: string): Job => ({
  uri: 'file:///w/k8s/pod.yaml',
  file: { path: '/w/k8s/pod.yaml', text },
  root: undefined,
  settings: { kubernetesLevel: 'restricted' },
  budgetMs: 60_000,
  cacheDisk: false,
});

describe('an analysis worker sends findings without their fixes', () => {
  let pool: WorkerPool;
  before(async () => {
    pool = new WorkerPool({ script: await buildServer(), openTexts: () => [], log: () => {}, size: 1 });
  });
  after(() => pool.dispose());

  const size = (r: AnalysedReply) => JSON.stringify({ kind: r.kind, findings: r.findings, errors: r.errors }).length;

  it('answers for 40 containers with no edits, in a reply that grows with the containers', async () => {
    const replies = [];
    for (const n of [40, 80, 160]) replies.push(await pool.analyse(job(pod(n))));
    const [r40, r80, r160] = replies;
    assert.ok(r40.findings.length >= 40 * 4, `${r40.findings.length} findings`);
    assert.ok(r40.findings.every((f) => !('fixes' in f)), 'no finding carries fixes');
    assert.doesNotMatch(JSON.stringify(r40.findings), /"edits"|newText/);
    // The same findings per container (the pod's own come once).
    assert.equal(r160.findings.length - r80.findings.length, 2 * (r80.findings.length - r40.findings.length));
    // Linear: twice the containers, about twice the bytes (names grow by a digit), never the square.
    assert.ok(size(r80) < 2.1 * size(r40) && size(r160) < 2.1 * size(r80), `${size(r40)} → ${size(r80)} → ${size(r160)} bytes`);
  });

  it('computes the fixes of its latest analysis of a document when asked, and no others', async () => {
    const older = await pool.analyse(job(pod(2)));
    const latest = await pool.analyse(job(pod(3)));
    assert.equal(await older.fixes(), undefined, 'a superseded analysis has no fixes to give');
    const fixes = await latest.fixes();
    assert.equal(fixes?.length, latest.findings.length);
    const privesc = latest.findings.findIndex((f) => f.ruleId === 'k8s-no-privilege-escalation');
    assert.deepEqual(fixes![privesc].map((x) => x.title), ['Set allowPrivilegeEscalation: false', 'Apply restricted securityContext to this workload']);
    assert.deepEqual(fixes![privesc][0].edits, [{
      range: { start: { line: 7, character: 23 }, end: { line: 7, character: 23 } },
      newText: '\n      securityContext:\n        allowPrivilegeEscalation: false',
    }]);
    // The workload's fix writes into all three containers.
    assert.equal(fixes![privesc][1].edits.length, 3);
  });
});

describe('quick fixes after an edit', () => {
  const ws = makeWorkspace({});
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: ws.dir });
  });
  after(() => client.kill());

  it('offers the fix for the new text, versioned with it', async () => {
    const uri = ws.uri('compose.yaml');
    const before = 'services:\n  web:\n    image: nginx:1.27\n';
    const first = await client.open(uri, before, 'yaml');
    assert.ok(first.diagnostics.some((d) => d.code === 'compose-no-new-privileges'));
    const since = client.published.length;
    const after = 'services:\n  # the front end\n  web:\n    image: nginx:1.27\n    read_only: true\n';
    await client.change(uri, 2, after);
    const second = await client.diagnostics(uri, (p) => p.version === 2, since);
    const finding = second.diagnostics.find((d) => d.code === 'compose-no-new-privileges')!;
    assert.deepEqual(finding.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 5 } });
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } }) as CodeAction[];
    const fix = actions.find((a) => a.title.startsWith('Set no-new-privileges:true'))!;
    assert.deepEqual(fix.edit?.documentChanges, [{
      textDocument: { uri, version: 2 },
      edits: [{ range: { start: { line: 4, character: 19 }, end: { line: 4, character: 19 } }, newText: '\n    security_opt:\n      - "no-new-privileges:true"' }],
    }] satisfies TextDocumentEdit[]);
  });
});

describe('fixes of a worker analysis the worker no longer has', () => {
  before(() => initEngine());

  const file = { path: '/w/compose.yaml', text: 'services:\n  web:\n    image: nginx:1.27\n' };
  const sent = (): RemoteFinding[] => analyze(file).findings.map(({ ruleId, severity, range, message }) => ({ ruleId, severity, range, message }));

  it('are read only once fetched', () => {
    const result = remoteResult(file, emptyProject, {}, { kind: 'compose', findings: sent(), errors: [] }, async () => undefined);
    assert.throws(() => result.findings[0].fixes, /after fixesReady/);
  });

  it('come from analysing the same text here, finding for finding', async () => {
    let asked = 0;
    const result = remoteResult(file, emptyProject, {}, { kind: 'compose', findings: sent(), errors: [] }, async () => {
      asked++;
      return undefined;
    });
    await Promise.all([result.fixesReady!(), result.fixesReady!()]);
    assert.equal(asked, 1, 'one round trip');
    assert.deepEqual(result.findings.map((f) => f.fixes), analyze(file).findings.map((f) => f.fixes));
    assert.ok(result.findings.some((f) => f.fixes.length), 'there are fixes to compare');
  });

  it('are none when the findings here differ from the ones sent', async () => {
    const findings = sent().map((f) => ({ ...f, message: `${f.message} (elsewhere)` }));
    const result = remoteResult(file, emptyProject, {}, { kind: 'compose', findings, errors: [] }, async () => undefined);
    await result.fixesReady!();
    assert.deepEqual(result.findings.map((f) => f.fixes), findings.map(() => []));
  });
});

describe('fixes that fail to compute in a worker', () => {
  it('are logged when their fixes are fetched (the analysis they belong to was already sent)', async () => {
    // A worker that answers like the real one, with a rule whose fix failed when its fixes were read.
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-fake-worker-'));
    const script = join(dir, 'worker.js');
    writeFileSync(script, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.type === 'analyse') parentPort.postMessage({ id: m.id, kind: 'kubernetes', findings: [{ ruleId: 'k8s-x', severity: 'warning', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }], errors: [] });
  if (m.type === 'fixes') parentPort.postMessage({ fixesFor: m.id, fixes: [[]], errors: [{ ruleId: 'k8s-x', message: 'fixes: Error: boom' }] });
});
`);
    const logged: string[] = [];
    const pool = new WorkerPool({ script, openTexts: () => [], log: (m) => logged.push(m), size: 1 });
    try {
      const reply = await pool.analyse(job('kind: Pod\n'));
      assert.deepEqual(await reply.fixes(), [[]]);
      assert.deepEqual(logged, ['rule k8s-x failed: fixes: Error: boom']);
    } finally {
      pool.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
