/**
 * Registry resolution in the language server, against a real registry on
 * 127.0.0.1: diagnostics are published again once the base image's config is
 * known, the hover shows what the registry said, and "Pin to digest" is offered.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, HoverRequest, type CodeAction, type MarkupContent, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { rules } from '../../server/src/rules/index.js';
import { pushImage, registryToolsMissing, startRegistry, type BuiltImage, type TestRegistry } from '../helpers/registry.js';
import { makeWorkspace, TestClient } from '../lsp/helpers/client.js';

const missing = registryToolsMissing();
if (missing) throw new Error(missing);

const onlyRequireUser = Object.fromEntries(rules.filter((r) => r.meta.id !== 'require-user').map((r) => [r.meta.id, 'off']));

describe('language server with shipshape.registry.enable', () => {
  let registry: TestRegistry;
  let image: BuiltImage;
  let home: string;
  const saved = { cache: process.env.SHIPSHAPE_CACHE, docker: process.env.DOCKER_CONFIG };

  before(async () => {
    registry = await startRegistry();
    image = await pushImage(registry, 'acme/app-base', '2.3', [{ user: 'app', exposedPorts: ['8080/tcp'], created: '2026-03-04T05:06:07.123Z' }]);
    home = mkdtempSync(join(tmpdir(), 'shipshape-registry-lsp-'));
    // The server inherits these: its cache and Docker config stay in the test's folder.
    process.env.SHIPSHAPE_CACHE = join(home, 'cache');
    process.env.DOCKER_CONFIG = join(home, 'docker');
  });
  after(async () => {
    await registry?.stop();
    rmSync(home, { recursive: true, force: true });
    if (saved.cache === undefined) delete process.env.SHIPSHAPE_CACHE; else process.env.SHIPSHAPE_CACHE = saved.cache;
    if (saved.docker === undefined) delete process.env.DOCKER_CONFIG; else process.env.DOCKER_CONFIG = saved.docker;
  });

  it('re-publishes with the real User after open, shows the registry facts on hover, and offers Pin to digest', async () => {
    const text = `FROM ${registry.host}/acme/app-base:2.3\nCMD ["app"]\n`;
    const ws = makeWorkspace({ 'Dockerfile': text });
    const uri = ws.uri('Dockerfile');
    const client = await TestClient.start({ folder: ws.dir, configuration: () => ({ rules: onlyRequireUser, registry: { enable: true } }) });
    try {
      const first = await client.open(uri, text);
      assert.deepEqual(first.diagnostics.map((d) => d.code), ['require-user'], 'offline, an unknown image is taken to run as root');
      const resolved = await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
      assert.equal(resolved.version, 1);

      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 8 } });
      const lines = (hover!.contents as MarkupContent).value.split('\n');
      assert.deepEqual(lines.filter((l) => /^- (Registry digest|Created|Default user|Exposed ports|Size)/.test(l)), [
        `- Registry digest: \`${image.digest}\``,
        '- Created: 2026-03-04T05:06:07Z',
        '- Default user (image config): `app`',
        '- Exposed ports: `8080/tcp`',
        `- Size: ${image.sizes['linux/amd64']} B compressed (linux/amd64)`,
      ]);

      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } },
        context: { diagnostics: [] },
      }) as CodeAction[];
      const pin = actions.find((a) => a.title.startsWith('Pin to digest'));
      assert.ok(pin, `no Pin to digest among ${actions.map((a) => a.title).join(', ')}`);
      assert.equal(pin.title, `Pin to digest ${image.digest.slice(0, 19)}… (keeps the tag)`);
      const end = { line: 0, character: 5 + `${registry.host}/acme/app-base:2.3`.length };
      assert.deepEqual((pin.edit!.documentChanges![0] as TextDocumentEdit).edits, [{ range: { start: end, end }, newText: `@${image.digest}` }]);
      await client.stop();
    } finally {
      client.kill();
    }
  });

  it('publishes invalid-base-image-platform once the registry says a multi-platform image has no entry for the platform asked', async () => {
    await pushImage(registry, 'acme/multi', '1', [{ platform: 'linux/amd64', user: '' }, { platform: 'linux/arm64/v8', user: '' }]);
    const text = `FROM --platform=linux/s390x ${registry.host}/acme/multi:1\nUSER 10001\n`;
    const ws = makeWorkspace({ 'Dockerfile': text });
    const uri = ws.uri('Dockerfile');
    const onlyPlatform = Object.fromEntries(rules.filter((r) => r.meta.id !== 'invalid-base-image-platform').map((r) => [r.meta.id, 'off']));
    const client = await TestClient.start({ folder: ws.dir, configuration: () => ({ rules: onlyPlatform, registry: { enable: true } }) });
    try {
      const first = await client.open(uri, text);
      assert.deepEqual(first.diagnostics, [], 'offline, nothing is known about the image');
      const resolved = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.deepEqual(resolved.diagnostics.map((d) => [d.code, d.range, d.message]), [
        ['invalid-base-image-platform', { start: { line: 0, character: 5 }, end: { line: 0, character: 27 } }, `'${registry.host}/acme/multi:1' is published for linux/amd64, linux/arm64/v8, not for linux/s390x: the build fails to pull it`],
      ]);
      await client.stop();
    } finally {
      client.kill();
    }
  });

  it('asks no registry in an untrusted workspace, and says why once', { timeout: 30_000 }, async () => {
    const requests: string[] = [];
    const counting = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => counting.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(counting.address() as AddressInfo).port}`;
    const text = `FROM ${host}/acme/app-base:2.3\nCMD ["app"]\n`;
    const ws = makeWorkspace({ 'Dockerfile': text });
    const uri = ws.uri('Dockerfile');
    const client = await TestClient.start({ folder: ws.dir, initializationOptions: { workspaceTrusted: false }, configuration: () => ({ rules: onlyRequireUser, registry: { enable: true } }) });
    try {
      await client.open(uri, text);
      const said = 'shipshape.registry.enable is on, but base images are not resolved against their registries in an untrusted workspace';
      while (!client.logs.includes(said)) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(requests, []);
      await client.stop();
    } finally {
      client.kill();
      await new Promise<void>((resolve) => counting.close(() => resolve()));
    }
  });
});
