/**
 * `shipshape scan --registry` end to end: the real CLI against a real
 * registry on 127.0.0.1 (Debian's docker-registry, images pushed with skopeo),
 * with its cache and Docker config in temporary folders.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeTree, runCli } from '../cli/helpers.js';
import { pushImage, registryToolsMissing, silentServer, startRegistry, type BuiltImage, type TestRegistry } from '../helpers/registry.js';

const missing = registryToolsMissing();
if (missing) throw new Error(missing);

interface JsonFinding { ruleId: string; message: string; line: number; fixes: { title: string; safe: boolean }[] }
const findings = (stdout: string): JsonFinding[] =>
  (JSON.parse(stdout) as { files: { findings: JsonFinding[] }[] }).files.flatMap((f) => f.findings);

describe('shipshape scan --registry', () => {
  let registry: TestRegistry;
  let vendor: BuiltImage;
  let oldPython: BuiltImage;
  let newPython: BuiltImage;
  let home: string;
  let env: Record<string, string>;

  before(async () => {
    registry = await startRegistry();
    vendor = await pushImage(registry, 'acme/app-base', '2.3', [{ user: 'app' }]);
    oldPython = await pushImage(registry, 'library/python', '3.12-slim', [{ platform: 'linux/amd64', user: '' }, { platform: 'linux/arm64/v8', user: '' }]);
    // The tag is pushed again with new content: pins to the old digest are stale.
    newPython = await pushImage(registry, 'library/python', '3.12-slim', [{ platform: 'linux/amd64', user: '', created: '2026-05-01T00:00:00Z' }, { platform: 'linux/arm64/v8', user: '' }]);
    home = mkdtempSync(join(tmpdir(), 'shipshape-registry-cli-'));
    env = { SHIPSHAPE_CACHE: join(home, 'cache'), DOCKER_CONFIG: join(home, 'docker'), SHIPSHAPE_REGISTRY_TIMEOUT_MS: '10000' };
  });
  after(async () => {
    await registry?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  const args = ['scan', '--format', 'json', '--fail-on', 'never', '--only', 'require-user,no-stale-digest-pin,require-digest-pin', '--rule', 'require-digest-pin=info'];

  it('judges the user by the base image config, pins by digest with --fix, and reports a stale pin', async () => {
    const vendorText = `FROM ${registry.host}/acme/app-base:2.3\nCMD ["app"]\n`;
    const staleText = `FROM --platform=linux/arm64 ${registry.host}/library/python:3.12-slim@${oldPython.digest}\nUSER 10001\n`;
    const tree = makeTree({ 'vendor/Dockerfile': vendorText, 'stale/Dockerfile': staleText });

    const offline = await runCli(args, tree, env);
    assert.equal(offline.stderr, '');
    // Offline, an unknown vendor image is taken to run as root, and nothing can be said about the pin.
    assert.deepEqual(findings(offline.stdout).map((f) => f.ruleId), ['require-user', 'require-digest-pin']);

    const online = await runCli([...args, '--registry'], tree, env);
    assert.equal(online.stderr, '');
    assert.deepEqual(findings(online.stdout).map((f) => [f.ruleId, f.line, f.message, f.fixes.map((x) => x.title)]), [
      ['no-stale-digest-pin', 1, `'${registry.host}/library/python:3.12-slim' now points to ${newPython.digest.slice(0, 19)}…, not the pinned ${oldPython.digest.slice(0, 19)}…: the tag was re-pushed (often with security fixes); review the new image and update the digest`, [`Update the digest to what 3.12-slim points to now (${newPython.digest.slice(0, 19)}…)`]],
      ['require-digest-pin', 1, `'${registry.host}/acme/app-base:2.3' is not pinned by digest; a tag can be re-pointed to different content`, [`Pin to digest ${vendor.digest.slice(0, 19)}… (keeps the tag)`]],
    ]);

    const fixed = await runCli([...args, '--registry', '--fix'], tree, env);
    assert.equal(fixed.code, 0);
    assert.equal(readFileSync(join(tree, 'vendor/Dockerfile'), 'utf8'), `FROM ${registry.host}/acme/app-base:2.3@${vendor.digest}\nCMD ["app"]\n`);
    assert.equal(readFileSync(join(tree, 'stale/Dockerfile'), 'utf8'), staleText, 'the unsafe digest update is not applied by --fix');
  });

  it('reports a single-platform image asked for another platform only with the registry (InvalidBaseImagePlatform)', async () => {
    await pushImage(registry, 'acme/amd64-only', '1', [{ platform: 'linux/amd64', user: '10001' }]);
    const tree = makeTree({ 'Dockerfile': `FROM --platform=linux/arm64 ${registry.host}/acme/amd64-only:1\nFROM --platform=linux/amd64 ${registry.host}/acme/amd64-only:1\n` });
    const only = ['scan', '--format', 'json', '--fail-on', 'never', '--only', 'invalid-base-image-platform'];
    const offline = await runCli(only, tree, env);
    assert.deepEqual(findings(offline.stdout), []);
    const online = await runCli([...only, '--registry'], tree, env);
    assert.equal(online.stderr, '');
    assert.deepEqual(findings(online.stdout).map((f) => [f.ruleId, f.line, f.message]), [
      ['invalid-base-image-platform', 1, `'${registry.host}/acme/amd64-only:1' is published for linux/amd64 only, not linux/arm64: the build pulls the linux/amd64 image and runs it emulated, or fails`],
    ]);
  });

  it('reports a multi-platform image with no entry for the platform asked, with the platforms it has, only with the registry', async () => {
    const tree = makeTree({ 'Dockerfile': `FROM --platform=linux/s390x ${registry.host}/library/python:3.12-slim\nFROM --platform=linux/arm64 ${registry.host}/library/python:3.12-slim\n` });
    const only = ['scan', '--format', 'json', '--fail-on', 'never', '--only', 'invalid-base-image-platform'];
    const offline = await runCli(only, tree, env);
    assert.deepEqual(findings(offline.stdout), []);
    const online = await runCli([...only, '--registry'], tree, env);
    assert.equal(online.stderr, '', 'the finding says it; the log does not repeat it');
    assert.deepEqual(findings(online.stdout).map((f) => [f.ruleId, f.line, f.message]), [
      ['invalid-base-image-platform', 1, `'${registry.host}/library/python:3.12-slim' is published for linux/amd64, linux/arm64/v8, not for linux/s390x: the build fails to pull it`],
    ]);
  });

  it('answers from its on-disk cache when the registry is gone, and says an unreachable registry once', async () => {
    const tree = makeTree({ 'Dockerfile': `FROM ${registry.host}/acme/app-base:2.3\nCMD ["app"]\n` });
    const first = await runCli([...args, '--registry'], tree, env);
    assert.deepEqual(findings(first.stdout).map((f) => f.ruleId), ['require-digest-pin']);

    const silent = await silentServer();
    try {
      const two = makeTree({
        'a/Dockerfile': `FROM ${silent.host}/team/a:1\n`,
        'b/Dockerfile': `FROM ${silent.host}/team/b:1\n`,
        'c/Dockerfile': `FROM ${registry.host}/acme/app-base:2.3\nCMD ["app"]\n`,
      });
      await registry.stop();
      // Only the silent registry needs a short time limit; the real one answers well within the default.
      const run = await runCli([...args, '--registry'], two, { ...env, SHIPSHAPE_REGISTRY_TIMEOUT_MS: '300' });
      assert.equal(run.stderr, `shipshape: registry: ${silent.host} did not answer within 0.3 s; using offline knowledge for its images\n`);
      // a and b fall back to offline knowledge (root); c is still known from the cache.
      assert.deepEqual(findings(run.stdout).map((f) => f.ruleId), ['require-user', 'require-digest-pin', 'require-user', 'require-digest-pin', 'require-digest-pin']);
      assert.deepEqual(findings(run.stdout).at(-1)?.fixes.map((x) => x.title), [`Pin to digest ${vendor.digest.slice(0, 19)}… (keeps the tag)`]);
    } finally {
      await silent.close();
    }
  });
});
