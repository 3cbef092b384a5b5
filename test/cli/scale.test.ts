/**
 * The CLI on the real-world corpus and on a generated 10,000-file repository.
 * The corpus is scanned once, with every network attempt trapped
 * (test/security/net-trap.cjs): that one scan shows both that the CLI copes
 * with the corpus and that it reaches for no network on the way.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { requireCorpus, skipWithoutCorpus } from '../helpers/corpus.js';
import { CORPUS, makeTree, runCli, type Run } from './helpers.js';

const TRAP = join(__dirname, '../security/net-trap.cjs');

interface Report {
  files: { path: string; kind: string; findings: { ruleId: string }[]; errors: unknown[] }[];
  summary: { files: number; findings: number };
}

interface CorpusScan {
  run: Run;
  ms: number;
  /** What the network trap recorded (empty: nothing was attempted). */
  attempts: string;
}

let corpusScan: Promise<CorpusScan> | undefined;

/** `shipshape scan` over the corpus in worker threads, every network attempt trapped and recorded. */
function scanCorpus(): Promise<CorpusScan> {
  return (corpusScan ??= (async () => {
    requireCorpus();
    const log = join(mkdtempSync(join(tmpdir(), 'shipshape-net-')), 'attempts.log');
    writeFileSync(log, '');
    const started = Date.now();
    const run = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never', '--jobs', '2'], CORPUS, { NODE_OPTIONS: `--require ${TRAP}`, SHIPSHAPE_NET_TRAP: log });
    return { run, ms: Date.now() - started, attempts: readFileSync(log, 'utf8') };
  })());
}

describe('scale', () => {
  it('scans the shared corpus without crashing and finds problems', { skip: skipWithoutCorpus() }, async (t) => {
    const { run: r, ms } = await scanCorpus();
    assert.equal(r.code, 0, r.stderr.slice(0, 2000));
    const report = JSON.parse(r.stdout) as Report;
    assert.ok(report.summary.files > 1000, `only ${report.summary.files} files analysed`);
    assert.ok(report.summary.findings > 0);
    const perRule = new Map<string, number>();
    for (const f of report.files) for (const x of f.findings) perRule.set(x.ruleId, (perRule.get(x.ruleId) ?? 0) + 1);
    t.diagnostic(`corpus: ${report.summary.files} files, ${report.summary.findings} findings in ${ms} ms`);
    t.diagnostic([...perRule].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', '));
  });

  // The trap itself is shown to catch an attempt in test/security/network.test.ts.
  it('scans the corpus without attempting any network access', { skip: skipWithoutCorpus() }, async () => {
    const { run: r, attempts } = await scanCorpus();
    assert.equal(r.code, 0, r.stderr.slice(0, 500));
    assert.ok((JSON.parse(r.stdout) as Report).summary.findings > 1000);
    assert.equal(attempts, '');
  });

  it('handles a 10,000-file repository, honouring .gitignore', async (t) => {
    const dir = makeTree({ '.gitignore': 'generated/\n' });
    let count = 1;
    for (let d = 0; d < 100; d++) {
      const folder = join(dir, `pkg${d}`, 'src', `mod${d % 10}`);
      mkdirSync(folder, { recursive: true });
      for (let i = 0; i < 92; i++) writeFileSync(join(folder, `file${i}.py`), `x = ${i}\n`);
      count += 92;
      writeFileSync(join(dir, `pkg${d}`, 'Dockerfile'), `FROM python:3.12-slim\nCOPY src /app\nUSER ${d % 4 ? '10001' : 'root'}\n`);
      writeFileSync(join(dir, `pkg${d}`, 'deploy.yaml'), `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${d}\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n`);
      writeFileSync(join(dir, `pkg${d}`, 'values.yaml'), `replicas: ${d}\n`);
      count += 3;
    }
    mkdirSync(join(dir, 'generated'));
    for (let i = 0; i < 600; i++) writeFileSync(join(dir, 'generated', `${i}.Dockerfile`), 'FROM x\nUSER root\n');
    count += 600;
    assert.ok(count >= 10_000, `${count} files`);

    const started = Date.now();
    const r = await runCli(['scan', '--format', 'json', '--fail-on', 'never'], dir);
    const ms = Date.now() - started;
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assert.equal(report.summary.files, 200);
    assert.equal(report.files.filter((f) => f.findings.some((x) => x.ruleId === 'no-root-user')).length, 25);
    assert.ok(!report.files.some((f) => f.path.startsWith('generated/')));
    t.diagnostic(`${count} files, ${report.summary.files} analysed, ${report.summary.findings} findings in ${ms} ms`);
  });
});
