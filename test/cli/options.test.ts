/** File discovery, configuration precedence and the scan options, through the CLI's main in this process (test/cli/exit-codes.test.ts runs the real binary). */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runMain } from '../helpers/cli-main.js';
import { makeTree } from './helpers.js';

const ROOT_USER = 'FROM debian:12.7-slim\nUSER root\n';
const ROOT_FINDING = 'The final stage runs as root (USER root); switch to an unprivileged user before CMD/ENTRYPOINT';

/** `path:line severity rule` of each finding of a JSON report. */
function findings(stdout: string): string[] {
  const report = JSON.parse(stdout) as { files: { path: string; findings: { line: number; severity: string; ruleId: string }[] }[] };
  return report.files.flatMap((f) => f.findings.map((x) => `${f.path}:${x.line} ${x.severity} ${x.ruleId}`));
}

const scanJson = (dir: string, ...args: string[]) => runMain(['scan', '--format', 'json', '--only', 'no-root-user', ...args], dir);

describe('discovery', () => {
  it('finds every kind of file recursively, YAML by content', async () => {
    const dir = makeTree({
      'Dockerfile': 'FROM x\n',
      'svc/api.Dockerfile': 'FROM x\n',
      'svc/Containerfile': 'FROM x\n',
      'compose.yaml': 'services: {}\n',
      'deploy/app.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n',
      'deploy/values.yaml': 'replicas: 2\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      '.github/dependabot.yml': 'version: 2\nupdates: []\n',
      '.dockerignore': '.git\n',
      'README.md': '# x\n',
    });
    const r = await runMain(['scan', '--format', 'json', '--fail-on', 'never'], dir);
    const report = JSON.parse(r.stdout) as { files: { path: string; kind: string }[] };
    assert.deepEqual(report.files.map((f) => `${f.path} ${f.kind}`), [
      '.dockerignore dockerignore',
      '.github/dependabot.yml dependabot',
      '.github/workflows/ci.yml workflow',
      'Dockerfile dockerfile',
      'compose.yaml compose',
      'deploy/app.yaml kubernetes',
      'svc/Containerfile dockerfile',
      'svc/api.Dockerfile dockerfile',
    ]);
  });

  it('honours .gitignore files from the repository root down, and skips node_modules', async () => {
    const dir = makeTree({
      '.gitignore': 'build/\n*.tmp.Dockerfile\n',
      'app/.gitignore': 'generated\n',
      'Dockerfile': ROOT_USER,
      'build/Dockerfile': ROOT_USER,
      'x.tmp.Dockerfile': ROOT_USER,
      'app/Dockerfile': ROOT_USER,
      'app/generated/Dockerfile': ROOT_USER,
      'node_modules/pkg/Dockerfile': ROOT_USER,
    });
    assert.deepEqual(findings((await scanJson(dir)).stdout), ['Dockerfile:2 warning no-root-user', 'app/Dockerfile:2 warning no-root-user']);
    // Scanning a sub-folder still applies the .gitignore above it.
    assert.deepEqual(findings((await scanJson(join(dir, 'app'))).stdout), ['Dockerfile:2 warning no-root-user']);
  });

  it('skips --exclude globs, relative to the working directory', async () => {
    const dir = makeTree({ 'Dockerfile': ROOT_USER, 'vendor/Dockerfile': ROOT_USER, 'test/fixtures/Dockerfile': ROOT_USER, 'a/b.Dockerfile': ROOT_USER });
    const r = await scanJson(dir, '--exclude', 'vendor', '--exclude', '**/fixtures/**', '--exclude', '*.Dockerfile');
    assert.deepEqual(findings(r.stdout), ['Dockerfile:2 warning no-root-user']);
  });

  it('scans the files and folders given, and an explicit file even when git ignores it', async () => {
    const dir = makeTree({ '.gitignore': 'tmp/\n', 'a/Dockerfile': ROOT_USER, 'b/Dockerfile': ROOT_USER, 'tmp/Dockerfile': ROOT_USER });
    assert.deepEqual(findings((await scanJson(dir, 'b', 'tmp/Dockerfile')).stdout), ['b/Dockerfile:2 warning no-root-user', 'tmp/Dockerfile:2 warning no-root-user']);
  });

  it('follows no symbolic link out of the tree, nor into a linked folder', async () => {
    const outside = makeTree({ 'Dockerfile': ROOT_USER, 'sub/Dockerfile': ROOT_USER }, { git: false });
    const dir = makeTree({ 'real/Dockerfile': ROOT_USER });
    symlinkSync(join(outside, 'Dockerfile'), join(dir, 'Dockerfile'));
    symlinkSync(join(outside, 'sub'), join(dir, 'linked'));
    symlinkSync(join(dir, 'real'), join(dir, 'loop'));
    symlinkSync(join(dir, 'real/Dockerfile'), join(dir, 'inside.Dockerfile'));
    assert.deepEqual(findings((await scanJson(dir)).stdout), ['inside.Dockerfile:2 warning no-root-user', 'real/Dockerfile:2 warning no-root-user']);
  });
});

describe('configuration and flags', () => {
  it('the nearest .shipshape.yaml wins, and its ignore globs apply', async () => {
    const dir = makeTree({
      '.shipshape.yaml': 'rules:\n  no-root-user: error\nignore: [legacy]\n',
      'Dockerfile': ROOT_USER,
      'legacy/Dockerfile': ROOT_USER,
      'svc/.shipshape.yml': 'rules:\n  no-root-user: info\n',
      'svc/Dockerfile': ROOT_USER,
    });
    const r = await scanJson(dir);
    assert.deepEqual(findings(r.stdout), ['Dockerfile:2 error no-root-user', 'svc/Dockerfile:2 info no-root-user']);
    assert.equal(r.code, 1);
  });

  it('--rule wins over the configuration, and --config replaces discovery', async () => {
    const dir = makeTree({ '.shipshape.yaml': 'rules: {no-root-user: error}\n', 'Dockerfile': ROOT_USER, 'ci/lenient.yaml': 'rules: {no-root-user: hint}\n' });
    assert.deepEqual(findings((await scanJson(dir, '--rule', 'no-root-user=info')).stdout), ['Dockerfile:2 info no-root-user']);
    assert.deepEqual(findings((await scanJson(dir, '--rule', 'no-root-user=off')).stdout), []);
    assert.deepEqual(findings((await scanJson(dir, '--config', 'ci/lenient.yaml')).stdout), ['Dockerfile:2 hint no-root-user']);
  });

  it('--only narrows: other rules are off, and a rule the configuration turns off stays off', async () => {
    const dir = makeTree({ 'Dockerfile': 'FROM debian:12.7-slim\nADD a.txt /a\nUSER root\n' });
    const all = findings((await runMain(['scan', '--format', 'json'], dir)).stdout);
    assert.ok(all.includes('Dockerfile:2 warning prefer-copy-over-add') && all.includes('Dockerfile:3 warning no-root-user'), all.join('\n'));
    assert.deepEqual(findings((await scanJson(dir)).stdout), ['Dockerfile:3 warning no-root-user']);
    writeFileSync(join(dir, '.shipshape.yaml'), 'rules: {no-root-user: off}\n');
    assert.deepEqual(findings((await scanJson(dir)).stdout), []);
  });

  it('a package.json shipshape key configures its folder', async () => {
    const dir = makeTree({ 'package.json': '{"name": "x", "shipshape": {"rules": {"no-root-user": "error"}}}', 'Dockerfile': ROOT_USER });
    assert.deepEqual(findings((await scanJson(dir)).stdout), ['Dockerfile:2 error no-root-user']);
  });

  it('.hadolint.yaml ignores and overrides map onto the equivalent rules', async () => {
    const ignored = makeTree({ '.hadolint.yaml': 'ignored:\n  - DL3002\n', 'Dockerfile': ROOT_USER });
    assert.deepEqual(findings((await scanJson(ignored)).stdout), []);
    const overridden = makeTree({ '.hadolint.yml': 'override:\n  error: [DL3002]\n', 'Dockerfile': ROOT_USER });
    assert.deepEqual(findings((await scanJson(overridden)).stdout), ['Dockerfile:2 error no-root-user']);
    const both = makeTree({ '.hadolint.yaml': 'ignored: [DL3002]\n', '.shipshape.yaml': 'rules: {no-root-user: warning}\n', 'Dockerfile': ROOT_USER });
    assert.deepEqual(findings((await scanJson(both)).stdout), ['Dockerfile:2 warning no-root-user'], '.shipshape.yaml wins');
  });

  it('honours inline suppressions unless the configuration disallows them', async () => {
    const text = 'FROM debian:12.7-slim\n# hadolint ignore=DL3002\nUSER root\n';
    const dir = makeTree({ 'Dockerfile': text });
    assert.deepEqual(findings((await scanJson(dir)).stdout), []);
    writeFileSync(join(dir, '.shipshape.yaml'), 'disallowInlineSuppression: [no-root-user]\n');
    assert.deepEqual(findings((await scanJson(dir)).stdout), ['Dockerfile:3 warning no-root-user']);
  });

  it('--quiet prints only failing findings and no summary', async () => {
    const dir = makeTree({ 'Dockerfile': ROOT_USER, 'b/Dockerfile': ROOT_USER, '.shipshape.yaml': 'rules: {no-root-user: error}\n' });
    mkdirSync(join(dir, 'c'));
    writeFileSync(join(dir, 'c/.shipshape.yaml'), 'rules: {no-root-user: warning}\n');
    writeFileSync(join(dir, 'c/Dockerfile'), ROOT_USER);
    const r = await runMain(['scan', '--only', 'no-root-user', '--quiet'], dir);
    assert.deepEqual(r, {
      code: 1,
      stdout: `Dockerfile\n  2:6  error    ${ROOT_FINDING}  no-root-user\n\nb/Dockerfile\n  2:6  error    ${ROOT_FINDING}  no-root-user\n\n`,
      stderr: '',
    });
    const clean = await runMain(['scan', '--only', 'no-root-user', '--quiet', '--fail-on', 'never'], dir);
    assert.deepEqual(clean, { code: 0, stdout: '', stderr: '' });
  });
});
