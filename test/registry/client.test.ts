/**
 * The registry client against a real registry (Debian's docker-registry) on
 * 127.0.0.1, with images the tests build and push with skopeo. Nothing here
 * leaves the machine.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RegistryClient, RegistryError } from '../../server/src/registry/client.js';
import { parseRegistryRef } from '../../server/src/registry/reference.js';
import { pushImage, registryToolsMissing, silentServer, startRegistry, type BuiltImage, type TestRegistry } from '../helpers/registry.js';

const missing = registryToolsMissing();
if (missing) throw new Error(missing);

const ref = (text: string) => {
  const r = parseRegistryRef(text);
  assert.ok(r, `not a reference: ${text}`);
  return r;
};

async function rejection(p: Promise<unknown>): Promise<RegistryError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof RegistryError, `not a RegistryError: ${e}`);
    return e;
  }
  assert.fail('resolved, expected a RegistryError');
}

describe('registry client on a loopback registry', () => {
  let registry: TestRegistry;
  let single: BuiltImage;
  let multi: BuiltImage;
  let work: string;
  const client = new RegistryClient({ dockerConfig: false, timeoutMs: 5000 });

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'shipshape-registry-test-'));
    registry = await startRegistry();
    single = await pushImage(registry, 'acme/app-base', '2.3', [{ user: 'app', exposedPorts: ['8080/tcp', '9090/tcp'], created: '2026-03-04T05:06:07Z', cmd: ['app', 'serve'] }]);
    multi = await pushImage(registry, 'library/python', '3.12-slim', [
      { platform: 'linux/amd64', user: '' },
      { platform: 'linux/arm64/v8', user: '65532' },
    ]);
  });
  after(async () => {
    await registry?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('resolves a tag to its manifest digest and reads the image config', async () => {
    const facts = await client.resolve(ref(`${registry.host}/acme/app-base:2.3`), 'linux/amd64');
    assert.deepEqual(facts, {
      digest: single.digest,
      manifestDigest: single.digest,
      platform: 'linux/amd64',
      created: '2026-03-04T05:06:07Z',
      user: 'app',
      env: ['PATH=/usr/local/bin:/usr/bin:/bin'],
      exposedPorts: ['8080/tcp', '9090/tcp'],
      cmd: ['app', 'serve'],
      size: single.sizes['linux/amd64'],
    });
  });

  it('picks the platform from a multi-platform index (arm64 means v8) and keeps the index digest', async () => {
    const amd = await client.resolve(ref(`${registry.host}/library/python:3.12-slim`), 'linux/amd64');
    assert.deepEqual([amd.digest, amd.manifestDigest, amd.platform, amd.user], [multi.digest, multi.manifests['linux/amd64'], 'linux/amd64', '']);
    const arm = await client.resolve(ref(`${registry.host}/library/python:3.12-slim`), 'linux/arm64');
    assert.deepEqual([arm.digest, arm.manifestDigest, arm.platform, arm.user], [multi.digest, multi.manifests['linux/arm64/v8'], 'linux/arm64/v8', '65532']);
    const err = await rejection(client.resolve(ref(`${registry.host}/library/python:3.12-slim`), 'linux/s390x'));
    assert.equal(err.kind, 'no-platform');
    assert.equal(err.message, 'library/python:3.12-slim has no image for linux/s390x (it has linux/amd64, linux/arm64/v8)');
    assert.deepEqual(err.offered, ['linux/amd64', 'linux/arm64/v8']);
  });

  it('resolves a digest reference and checks the content against it', async () => {
    const facts = await client.resolve(ref(`${registry.host}/library/python:3.12-slim@${multi.digest}`), 'linux/arm64');
    assert.equal(facts.manifestDigest, multi.manifests['linux/arm64/v8']);
    const other = `sha256:${'0'.repeat(64)}`;
    const err = await rejection(client.resolve(ref(`${registry.host}/library/python@${other}`)));
    assert.deepEqual([err.kind, err.message], ['not-found', `${registry.host}/library/python:${other} does not exist`]);
  });

  it('says a missing tag or repository does not exist (404)', async () => {
    const err = await rejection(client.resolve(ref(`${registry.host}/acme/app-base:9.9`)));
    assert.deepEqual([err.kind, err.message], ['not-found', `${registry.host}/acme/app-base:9.9 does not exist`]);
    const repo = await rejection(client.resolve(ref(`${registry.host}/nobody/nothing:1`)));
    assert.equal(repo.kind, 'not-found');
  });

  it('gives up on a registry that never answers after the time limit', async () => {
    const silent = await silentServer();
    try {
      const quick = new RegistryClient({ dockerConfig: false, timeoutMs: 300 });
      const err = await rejection(quick.resolve(ref(`${silent.host}/acme/app:1`)));
      assert.deepEqual([err.kind, err.message], ['timeout', `${silent.host} did not answer within 0.3 s`]);
    } finally {
      await silent.close();
    }
  });

  it('says a registry that refuses connections is unreachable', async () => {
    const silent = await silentServer();
    const host = silent.host;
    await silent.close();
    const err = await rejection(client.resolve(ref(`${host}/acme/app:1`)));
    assert.equal(err.kind, 'unreachable');
    assert.match(err.message, new RegExp(`^${host.replace(/\./g, '\\.')} is unreachable \\(ECONNREFUSED\\)$`));
  });

  it('stops when cancelled', async () => {
    const silent = await silentServer();
    try {
      const controller = new AbortController();
      const pending = client.resolve(ref(`${silent.host}/acme/app:1`), undefined, controller.signal);
      setImmediate(() => controller.abort());
      assert.equal((await rejection(pending)).kind, 'cancelled');
    } finally {
      await silent.close();
    }
  });
});

describe('registry client with basic auth', () => {
  let registry: TestRegistry;
  let image: BuiltImage;
  let work: string;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'shipshape-registry-auth-'));
    registry = await startRegistry({ username: 'ci-bot', password: 'pa:ss w0rd' });
    image = await pushImage(registry, 'team/private', '1.0', [{ user: '1001' }]);
  });
  after(async () => {
    await registry?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('is refused anonymously and says the Docker config has no credentials', async () => {
    const err = await rejection(new RegistryClient({ dockerConfig: join(work, 'none.json') }).resolve(ref(`${registry.host}/team/private:1.0`)));
    assert.deepEqual([err.kind, err.message], ['unauthorized', `${registry.host} requires credentials for team/private and ~/.docker/config.json has none`]);
  });

  it('uses the credentials of the Docker config (auths, base64 auth) and nothing else', async () => {
    const config = join(work, 'config.json');
    writeFileSync(config, JSON.stringify({
      auths: { [registry.host]: { auth: Buffer.from('ci-bot:pa:ss w0rd').toString('base64') } },
      credsStore: 'would-run-a-program',
    }));
    const facts = await new RegistryClient({ dockerConfig: config }).resolve(ref(`${registry.host}/team/private:1.0`), 'linux/amd64');
    assert.deepEqual([facts.digest, facts.user], [image.digest, '1001']);
  });

  it('accepts username and password entries, and says when they are wrong', async () => {
    const good = join(work, 'plain.json');
    writeFileSync(good, JSON.stringify({ auths: { [`http://${registry.host}`]: { username: 'ci-bot', password: 'pa:ss w0rd' } } }));
    assert.equal((await new RegistryClient({ dockerConfig: good }).resolve(ref(`${registry.host}/team/private:1.0`))).digest, image.digest);
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ auths: { [registry.host]: { username: 'ci-bot', password: 'nope' } } }));
    const err = await rejection(new RegistryClient({ dockerConfig: bad }).resolve(ref(`${registry.host}/team/private:1.0`)));
    assert.deepEqual([err.kind, err.message], ['unauthorized', `${registry.host} refused access to team/private (HTTP 401)`]);
  });
});
