/** `--fix` edits files exactly; `--jobs` changes nothing in the output; `rules` and `explain`. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rules } from '../../server/src/rules/index.js';
import { runMain } from '../helpers/cli-main.js';
import { makeTree, runCli } from './helpers.js';

describe('--fix', () => {
  it('a file starting with a byte-order mark: columns as editors count them, and --fix keeps the mark', async () => {
    const dir = makeTree({ 'Dockerfile': '\uFEFFFROM debian:latest\nADD app.py /app/\n' });
    const scan = await runMain(['scan', '--only', 'prefer-copy-over-add,no-latest-tag', '--format', 'json', '--fail-on', 'never'], dir);
    const byRule = (JSON.parse(scan.stdout) as { files: { findings: { ruleId: string; range: unknown }[] }[] }).files[0].findings.map((f) => [f.ruleId, f.range]);
    assert.deepEqual(byRule, [
      ['no-latest-tag', { start: { line: 0, character: 5 }, end: { line: 0, character: 18 } }],
      ['prefer-copy-over-add', { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }],
    ]);
    await runMain(['scan', '--fix', '--only', 'prefer-copy-over-add', '--fail-on', 'never'], dir);
    assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), '\uFEFFFROM debian:latest\nCOPY app.py /app/\n');
  });

  it('applies safe fixes in place, prints what changed, and reports what is left', async () => {
    const before = [
      '# syntax=docker/dockerfile:1',
      'FROM debian:12.7-slim',
      'ADD requirements.txt /app/',
      '# keep this comment',
      'ADD --chown=10001 app.py /app/',
      'USER root',
      '',
    ].join('\r\n');
    const dir = makeTree({ 'Dockerfile': before });
    const r = await runCli(['scan', '--fix', '--only', 'prefer-copy-over-add,no-root-user'], dir);
    assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), [
      '# syntax=docker/dockerfile:1',
      'FROM debian:12.7-slim',
      'COPY requirements.txt /app/',
      '# keep this comment',
      'COPY --chown=10001 app.py /app/',
      'USER root',
      '',
    ].join('\r\n'));
    assert.equal(r.stderr, [
      'fixed Dockerfile:3: Replace ADD with COPY (prefer-copy-over-add)',
      'fixed Dockerfile:5: Replace ADD with COPY (prefer-copy-over-add)',
      '',
    ].join('\n'));
    assert.equal(r.stdout, [
      'Dockerfile',
      '  6:6  warning  The final stage runs as root (USER root); switch to an unprivileged user before CMD/ENTRYPOINT  no-root-user',
      '',
      '1 finding (1 warning) in 1 of 1 file.',
      '',
    ].join('\n'));
    assert.equal(r.code, 0);
  });

  it('is idempotent and leaves unsafe fixes alone', async () => {
    const text = 'FROM debian:12.7-slim\nCOPY a /a\nUSER root\n';
    const dir = makeTree({ 'Dockerfile': text });
    const r = await runCli(['scan', '--fix', '--only', 'prefer-copy-over-add,no-root-user'], dir);
    assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), text);
    assert.equal(r.stderr, '');
  });

  it('lists what it fixed in the JSON report', async () => {
    const dir = makeTree({ 'Dockerfile': 'FROM debian:12.7-slim\nADD app.py /app/\n' });
    const r = await runCli(['scan', '--fix', '--format', 'json', '--only', 'prefer-copy-over-add'], dir);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.fixed, [{ path: 'Dockerfile', line: 2, ruleId: 'prefer-copy-over-add', title: 'Replace ADD with COPY' }]);
    assert.equal(report.summary.findings, 0);
  });
});

describe('--jobs', () => {
  it('gives the same output with worker threads as with one job', async () => {
    // Enough files for worker threads to be used (MIN_FILES_FOR_WORKERS).
    const files: Record<string, string> = {};
    for (let i = 0; i < 105; i++) {
      files[`svc${i}/Dockerfile`] = `FROM python:3.12\nADD app${i}.py /app/\nENV API_TOKEN=tok_${i}\nUSER ${i % 2 ? 'root' : '10001'}\n`;
      files[`svc${i}/deploy.yaml`] = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        privileged: ${i % 3 === 0}\n`;
    }
    const dir = makeTree(files);
    // One job in this process (main), worker threads in the real CLI process: the outputs must be the same.
    const one = await runMain(['scan', '--format', 'json', '--jobs', '1'], dir);
    const many = await runCli(['scan', '--format', 'json', '--jobs', '3'], dir);
    assert.equal(one.code, 1);
    assert.equal(JSON.parse(one.stdout).summary.files, 210);
    assert.ok(JSON.parse(one.stdout).summary.findings > 210);
    assert.equal(many.stdout, one.stdout);
    assert.equal(many.code, one.code);
    const sarifOne = await runMain(['scan', '--format', 'sarif', '--jobs', '1'], dir);
    const sarifMany = await runCli(['scan', '--format', 'sarif', '--jobs', '2'], dir);
    assert.equal(sarifMany.stdout, sarifOne.stdout);
  });
});

describe('rules and explain', () => {
  it('rules lists every rule, as a table and as JSON', async () => {
    const dir = makeTree({});
    const text = await runCli(['rules'], dir);
    const lines = text.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^ID +KIND +SEVERITY +FIX +EQUIVALENTS$/);
    assert.equal(lines.length, rules.length + 1);
    assert.ok(lines.some((l) => /^no-root-user +dockerfile +warning +unsafe +hadolint:DL3002 checkov:CKV_DOCKER_8 trivy:DS-0002$/.test(l)));
    const json = JSON.parse((await runCli(['rules', '--format', 'json'], dir)).stdout);
    assert.deepEqual(json.map((r: { id: string }) => r.id), rules.map((r) => r.meta.id));
    assert.deepEqual(json.find((r: { id: string }) => r.id === 'no-root-user'), {
      id: 'no-root-user',
      kind: 'dockerfile',
      title: 'The final stage runs as root',
      defaultSeverity: 'warning',
      fix: 'unsafe',
      equivalents: ['hadolint:DL3002', 'checkov:CKV_DOCKER_8', 'trivy:DS-0002'],
      docUrl: 'https://github.com/shipshape-dev/shipshape/blob/main/server/src/rules/dockerfile/no-root-user.md',
    });
  });

  it('rules --format markdown prints the catalogue per kind with each peer id', async () => {
    const r = await runCli(['rules', '--format', 'markdown'], makeTree({}));
    assert.equal(r.code, 0);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], '# Shipshape rules');
    assert.equal(lines.filter((l) => /^\| \[[a-z0-9-]+\]\(/.test(l)).length, rules.length);
    const dockerfiles = rules.filter((x) => x.meta.kind === 'dockerfile').length;
    assert.ok(lines.includes(`## Dockerfile (${dockerfiles})`));
    assert.ok(lines.includes('| [no-maintainer](https://github.com/shipshape-dev/shipshape/blob/main/server/src/rules/dockerfile/no-maintainer.md) | MAINTAINER is deprecated | info | safe | hadolint DL4000; BuildKit MaintainerDeprecated; Trivy DS-0022; Checkov CKV_DOCKER_6 |'));
    assert.ok(lines.includes('| [require-healthcheck](https://github.com/shipshape-dev/shipshape/blob/main/server/src/rules/dockerfile/require-healthcheck.md) | '
      + `${rules.find((x) => x.meta.id === 'require-healthcheck')!.meta.title} | off | ${rules.find((x) => x.meta.id === 'require-healthcheck')!.meta.fix} | hadolint DL3057; Trivy DS-0026; Checkov CKV_DOCKER_2 |`));
  });

  it('explain prints the rule doc and its facts', async () => {
    const r = await runCli(['explain', 'no-root-user'], makeTree({}));
    assert.equal(r.code, 0);
    const doc = readFileSync(join(__dirname, '../../server/src/rules/dockerfile/no-root-user.md'), 'utf8');
    assert.equal(r.stdout, `${doc.trimEnd()}\n\nKind: dockerfile\nDefault severity: warning\nFix: unsafe\nEquivalents: hadolint:DL3002, checkov:CKV_DOCKER_8, trivy:DS-0002\nDocs: https://github.com/shipshape-dev/shipshape/blob/main/server/src/rules/dockerfile/no-root-user.md\n`);
  });
});
