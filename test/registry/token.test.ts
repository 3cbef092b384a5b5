/**
 * The bearer-token flow Docker Hub, GHCR and most registries use: a 401 with
 * `WWW-Authenticate: Bearer realm=…,service=…`, a pull token from the realm
 * (with the Docker config's credentials when it has some), then the request
 * again with the token. A small token service on 127.0.0.1 guards the real
 * loopback registry; how references map to registries (Docker Hub's
 * `library/`) and which Docker config keys are read is checked here too.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { factsOf, parseChallenge, pickPlatform, RegistryClient } from '../../server/src/registry/client.js';
import { credentialsFor } from '../../server/src/registry/credentials.js';
import { hostPlatform, parseRegistryRef } from '../../server/src/registry/reference.js';
import { pushImage, registryToolsMissing, startRegistry, type BuiltImage, type TestRegistry } from '../helpers/registry.js';

const missing = registryToolsMissing();
if (missing) throw new Error(missing);

describe('bearer token flow', () => {
  let registry: TestRegistry;
  let image: BuiltImage;
  let front: Server;
  let host: string;
  let work: string;
  const tokenRequests: { scope: string | null; service: string | null; authorization?: string }[] = [];

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'shipshape-token-'));
    registry = await startRegistry();
    image = await pushImage(registry, 'library/alpine', '3.20', [{ user: '' }]);
    front = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/token') {
        tokenRequests.push({ scope: url.searchParams.get('scope'), service: url.searchParams.get('service'), authorization: req.headers.authorization });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `tok:${url.searchParams.get('scope')}` }));
        return;
      }
      const repo = /^\/v2\/(.+?)\/(?:manifests|blobs)\//.exec(url.pathname)?.[1];
      if (!repo || req.headers.authorization !== `Bearer tok:repository:${repo}:pull`) {
        res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${host}/token",service="test-registry",scope="repository:${repo}:pull"` }).end();
        return;
      }
      const upstream = await fetch(`http://${registry.host}${url.pathname}`, { headers: { accept: req.headers.accept ?? '*/*' } });
      const body = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' }).end(body);
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(front.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => front?.close(() => resolve()));
    await registry?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('fetches a pull token for the repository from the realm and retries with it', async () => {
    const client = new RegistryClient({ dockerConfig: join(work, 'none.json') });
    const facts = await client.resolve(parseRegistryRef(`${host}/library/alpine:3.20`)!, 'linux/amd64');
    assert.equal(facts.digest, image.digest);
    // One token for the repository, reused for the config blob; anonymous.
    assert.deepEqual(tokenRequests, [{ scope: 'repository:library/alpine:pull', service: 'test-registry', authorization: undefined }]);
  });

  it('sends the Docker config credentials to the token service when it has some', async () => {
    tokenRequests.length = 0;
    const config = join(work, 'config.json');
    writeFileSync(config, JSON.stringify({ auths: { [host]: { auth: Buffer.from('robot:t0ken').toString('base64') } } }));
    await new RegistryClient({ dockerConfig: config }).resolve(parseRegistryRef(`${host}/library/alpine:3.20`)!, 'linux/amd64');
    assert.deepEqual(tokenRequests.map((t) => t.authorization), [`Basic ${Buffer.from('robot:t0ken').toString('base64')}`]);
  });
});

describe('references and credentials', () => {
  it('maps Docker Hub names to registry-1.docker.io and library/', () => {
    assert.deepEqual(parseRegistryRef('python:3.12'), { host: 'registry-1.docker.io', displayHost: 'docker.io', repository: 'library/python', tag: '3.12', digest: undefined });
    assert.deepEqual(parseRegistryRef('docker.io/bitnami/redis'), { host: 'registry-1.docker.io', displayHost: 'docker.io', repository: 'bitnami/redis', tag: undefined, digest: undefined });
    assert.deepEqual(parseRegistryRef(`localhost:5000/team/app:1@sha256:${'a'.repeat(64)}`), { host: 'localhost:5000', displayHost: 'localhost:5000', repository: 'team/app', tag: '1', digest: `sha256:${'a'.repeat(64)}` });
    assert.equal(parseRegistryRef('python:${TAG}'), undefined);
    assert.equal(parseRegistryRef('Python:3'), undefined);
  });

  it('names this machine\'s platform the OCI way', () => {
    assert.equal(hostPlatform('x64'), 'linux/amd64');
    assert.equal(hostPlatform('arm64'), 'linux/arm64');
  });

  it('reads Docker Hub credentials under its v1 URL and ignores credential helpers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-creds-'));
    try {
      const config = join(dir, 'config.json');
      writeFileSync(config, JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: Buffer.from('me:pw').toString('base64') } }, credHelpers: { 'ghcr.io': 'gh' } }));
      assert.deepEqual(credentialsFor('docker.io', config), { username: 'me', password: 'pw' });
      assert.equal(credentialsFor('ghcr.io', config), undefined);
      writeFileSync(config, '{ not json');
      assert.equal(credentialsFor('docker.io', config), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses WWW-Authenticate challenges', () => {
    assert.deepEqual(parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/python:pull"'), {
      scheme: 'bearer',
      params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/python:pull' },
    });
    assert.deepEqual(parseChallenge('Basic realm="r"'), { scheme: 'basic', params: { realm: 'r' } });
  });

  it('treats a registry\'s answer as untrusted input', () => {
    const base = { digest: `sha256:${'a'.repeat(64)}`, manifestDigest: `sha256:${'a'.repeat(64)}` };
    assert.deepEqual(factsOf({
      created: '[click](command:evil)',
      config: { User: 'app`\n**x**', ExposedPorts: { '8080/tcp': {}, 'x](y': {} }, Env: 'PATH=/bin', Cmd: ['a', 1] },
    }, base), { ...base, user: 'app**x**', exposedPorts: ['8080/tcp'] });
    assert.deepEqual(factsOf({ config: [] }, base), { ...base, user: '' });
    const entries = [{ digest: '../../v2/_catalog', platform: { os: 'linux', architecture: 'amd64' } }];
    assert.equal(pickPlatform(entries, { os: 'linux', architecture: 'amd64' }), undefined);
  });
});
