/** `shipshape harden`: the plan as a unified diff, `--write`, runtimes, and clear refusals. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { runMain } from '../helpers/cli-main.js';
import { makeTree } from './helpers.js';

const CASE = resolve(__dirname, '../harden/cases/python-pip');
const BEFORE = readFileSync(join(CASE, 'Dockerfile'), 'utf8');
const AFTER = readFileSync(join(CASE, 'expected.Dockerfile'), 'utf8');

describe('shipshape harden', () => {
  it('prints the plan as a unified diff and writes nothing', async () => {
    const dir = makeTree({ Dockerfile: BEFORE, '.dockerignore': '.git\n.env\n' });
    const r = await runMain(['harden', 'Dockerfile'], dir);
    assert.equal(r.code, 0);
    const lines = r.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 3), ['--- a/Dockerfile', '+++ b/Dockerfile', '@@ -1,7 +1,21 @@']);
    assert.ok(lines.includes('-FROM python:3.11'));
    assert.ok(lines.includes('+FROM python:3.11 AS build'));
    assert.ok(lines.includes('+FROM python:3.11-slim AS runtime'));
    assert.ok(lines.includes('+USER 10001:10001'));
    // The .dockerignore the build reads gets the missing secret patterns appended, its own lines as context.
    const ignoreDiff = r.stdout.slice(r.stdout.indexOf('--- a/.dockerignore'));
    assert.equal(ignoreDiff, [
      '--- a/.dockerignore', '+++ b/.dockerignore', '@@ -1,2 +1,15 @@', ' .git', ' .env',
      '+# Added by Shipshape: keep secrets and VCS data out of the build context.',
      '+.env.*', '+**/*.pem', '+**/*.key', '+**/id_rsa*', '+**/credentials*', '+.npmrc', '+.pypirc', '+.aws', '+.ssh', '+**/id_ed25519*', '+**/*.p12', '+**/*.pfx', '',
    ].join('\n'));
    assert.match(r.stderr, /^4 changes proposed for Dockerfile \(apply with --write\):\nNote: python:3\.11-slim instead of a distroless image: distroless Python 3\.11 is Debian 12's, whose C library is older than the builder's Debian 13 \(the image's default\); packages compiled there may need symbols it lacks\. Build on python:3\.11-slim-bookworm to use it\.\n1\. Builder stage `build`: your build steps, unchanged and in order\n/);
    assert.match(r.stderr, /\n4\. Add 12 lines to \.dockerignore\n   The build reads \.dockerignore; appended \.env\.\*, \*\*\/\*\.pem, \*\*\/\*\.key, \*\*\/id_rsa\*, \*\*\/credentials\* and 7 more, so `COPY \. \.` cannot leak them into a layer\. Its own lines and `!` exceptions stay as they are\.\n$/);
    assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), BEFORE);
    assert.equal(readFileSync(join(dir, '.dockerignore'), 'utf8'), '.git\n.env\n');
  });

  it('amends the existing .dockerignore with --write, keeping every line and exception as it was', async () => {
    const own = '# ours\r\n.git\r\n!.git/HEAD\r\n*.pem\r\n!certs/ca.pem\r\nnode_modules';
    const dir = makeTree({ Dockerfile: BEFORE, '.dockerignore': own });
    const r = await runMain(['harden', 'Dockerfile', '--write'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^Hardened Dockerfile; added lines to \.dockerignore:\n/);
    const after = readFileSync(join(dir, '.dockerignore'), 'utf8');
    assert.equal(after, `${own}\r\n# Added by Shipshape: keep secrets and VCS data out of the build context.\r\n${['.env', '.env.*', '**/*.key', '**/id_rsa*', '**/credentials*', '.npmrc', '.pypirc', '.aws', '.ssh', '**/id_ed25519*', '**/*.p12', '**/*.pfx'].join('\r\n')}\r\n`);
    const again = await runMain(['harden', 'Dockerfile'], dir);
    assert.deepEqual(again, { code: 0, stdout: '', stderr: 'Dockerfile is already hardened; nothing to change.\n' });
  });

  it('applies the plan with --write, creating the proposed .dockerignore', async () => {
    const dir = makeTree({ Dockerfile: BEFORE });
    const r = await runMain(['harden', 'Dockerfile', '--write'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^Hardened Dockerfile; created \.dockerignore:\n/);
    assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), AFTER);
    assert.match(readFileSync(join(dir, '.dockerignore'), 'utf8'), /^\.env$/m);
    const again = await runMain(['harden', 'Dockerfile'], dir);
    assert.deepEqual(again, { code: 0, stdout: '', stderr: 'Dockerfile is already hardened; nothing to change.\n' });
  });

  it('proposes a new .dockerignore as a diff from /dev/null', async () => {
    const dir = makeTree({ Dockerfile: AFTER });
    const r = await runMain(['harden', 'Dockerfile'], dir);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.startsWith('--- /dev/null\n+++ b/.dockerignore\n@@ -0,0 +1,'), r.stdout.slice(0, 80));
  });

  it('uses the runtime asked for, on the command line or in .shipshape.yaml', async () => {
    const py314 = BEFORE.replace('FROM python:3.11', 'FROM python:3.14');
    const dir = makeTree({ Dockerfile: py314, '.dockerignore': '.git\n' });
    const cli = await runMain(['harden', 'Dockerfile', '--runtime', 'chainguard'], dir);
    assert.ok(cli.stdout.split('\n').includes('+FROM cgr.dev/chainguard/python:latest AS runtime'));
    const configured = makeTree({ Dockerfile: py314, '.dockerignore': '.git\n', '.shipshape.yaml': 'harden:\n  runtime: slim\n' });
    const viaConfig = await runMain(['harden', 'Dockerfile'], configured);
    assert.ok(viaConfig.stdout.split('\n').includes('+FROM python:3.14-slim AS runtime'));
  });

  it('refuses with a one-line reason and exit 2', async () => {
    const dir = makeTree({ Dockerfile: 'RUN echo hi\n', 'Other.Dockerfile': 'ARG BASE\nFROM $BASE\n' });
    assert.deepEqual(await runMain(['harden', 'Dockerfile'], dir),
      { code: 2, stdout: '', stderr: 'shipshape: Dockerfile: This file has no FROM instruction, so there is no image to harden.\n' });
    const unresolved = await runMain(['harden', 'Other.Dockerfile'], dir);
    assert.equal(unresolved.code, 2);
    assert.match(unresolved.stderr, /^shipshape: Other\.Dockerfile: The final image `\$BASE` comes from a build argument without a default/);
    assert.deepEqual(await runMain(['harden', 'Missing'], dir), { code: 2, stdout: '', stderr: 'shipshape: cannot read Missing: no such file\n' });
    const bad = await runMain(['harden', 'Dockerfile', '--runtime', 'ubuntu'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /argument 'ubuntu' is invalid/);
    assert.ok(!existsSync(join(dir, '.dockerignore')));
  });
});
