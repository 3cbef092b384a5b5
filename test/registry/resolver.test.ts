/**
 * The resolver the front ends share, against a real registry on 127.0.0.1:
 * each reference asked once, answers cached on disk, problems said once.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ImageResolver } from '../../server/src/registry/resolver.js';
import { pushImage, registryToolsMissing, silentServer, startRegistry, type BuiltImage, type TestRegistry } from '../helpers/registry.js';

const missing = registryToolsMissing();
if (missing) throw new Error(missing);

describe('image resolver', () => {
  let registry: TestRegistry;
  let image: BuiltImage;
  let work: string;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'shipshape-resolver-'));
    registry = await startRegistry();
    image = await pushImage(registry, 'acme/tool', '1', [{ user: 'tool' }]);
  });
  after(async () => {
    await registry?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('keeps the platforms of a multi-platform image that has none for the platform asked, and says it only when no platform was asked', async () => {
    await pushImage(registry, 'acme/multi', '1', [{ platform: 'linux/amd64', user: '' }, { platform: 'linux/arm/v7', user: '' }]);
    const log: string[] = [];
    const resolver = new ImageResolver({ cacheFile: false, dockerConfig: false, log: (m) => log.push(m) });
    const ref = `${registry.host}/acme/multi:1`;
    assert.equal(await resolver.resolve([{ ref, platform: 'linux/s390x' }, { ref, platform: 'linux/amd64' }]), true);
    assert.equal(resolver.lookup(ref, 'linux/s390x'), undefined);
    assert.deepEqual(resolver.platforms(ref, 'linux/s390x'), ['linux/amd64', 'linux/arm/v7']);
    assert.equal(resolver.platforms(ref, 'linux/amd64'), undefined, 'a platform it has gives facts, not a list');
    assert.equal(resolver.lookup(ref, 'linux/amd64')?.platform, 'linux/amd64');
    assert.equal(await resolver.resolve([{ ref, platform: 'linux/s390x' }]), false, 'nothing asked again');
    assert.deepEqual(log, []);
  });

  it('resolves each reference once, says each failure once, and keeps answers in its cache file', async () => {
    const log: string[] = [];
    const cacheFile = join(work, 'cache', 'registry.json');
    const resolver = new ImageResolver({ cacheFile, dockerConfig: false, log: (m) => log.push(m) });
    const ok = `${registry.host}/acme/tool:1`;
    const gone = `${registry.host}/acme/tool:2`;
    assert.equal(await resolver.resolve([{ ref: ok }, { ref: ok }, { ref: gone }, { ref: 'python:${V}' }]), true);
    assert.equal(resolver.lookup(ok)?.digest, image.digest);
    assert.equal(resolver.lookup(ok)?.user, 'tool');
    assert.equal(resolver.lookup(gone), undefined);
    assert.equal(await resolver.resolve([{ ref: ok }, { ref: gone }]), false, 'nothing new, nothing asked again');
    assert.deepEqual(log, [`registry: ${gone}: ${registry.host}/acme/tool:2 does not exist`]);
    assert.ok(existsSync(cacheFile));
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).entries), [`${registry.host}/acme/tool:1@|`]);

    // A new resolver (a new process) answers from the file while the registry is down.
    const silent = await silentServer();
    try {
      const later = new ImageResolver({ cacheFile, dockerConfig: false, timeoutMs: 200, log: (m) => log.push(m) });
      assert.equal(await later.resolve([{ ref: ok }, { ref: `${silent.host}/a:1` }, { ref: `${silent.host}/b:1` }]), true);
      assert.equal(later.lookup(ok)?.digest, image.digest);
      assert.deepEqual(log.slice(1), [`registry: ${silent.host} did not answer within 0.2 s; using offline knowledge for its images`]);
    } finally {
      await silent.close();
    }
  });
});
