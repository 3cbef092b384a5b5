/**
 * A real container registry on loopback for tests: Debian's `docker-registry`
 * (distribution) started on a free 127.0.0.1 port in a temporary folder, and
 * images pushed to it with `skopeo` from OCI layouts written here (a config
 * JSON and one empty gzip layer; an index for several platforms).
 * `scripts/setup-registry.sh` installs both programs.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const run = promisify(execFile);

const TOOLS = ['docker-registry', 'skopeo', 'htpasswd'];
const missingTools = () => TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);

/**
 * Installs the registry tools with scripts/setup-registry.sh when they are
 * missing (as on a fresh machine); the reason when they still are, else undefined.
 */
export function registryToolsMissing(): string | undefined {
  if (!missingTools().length) return undefined;
  const r = spawnSync('bash', [join(__dirname, '../../scripts/setup-registry.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const still = missingTools();
  return still.length ? `${still.join(', ')} not installed (scripts/setup-registry.sh exited ${r.status})` : undefined;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface TestRegistry {
  /** `127.0.0.1:<port>` */
  host: string;
  dir: string;
  /** Credentials when started with basic auth. */
  creds?: { username: string; password: string };
  stop(): Promise<void>;
}

/** Starts a registry; with `auth`, it requires those credentials (htpasswd, bcrypt). */
export async function startRegistry(auth?: { username: string; password: string }): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let authBlock = '';
  if (auth) {
    const { stdout } = await run('htpasswd', ['-Bbn', auth.username, auth.password]);
    writeFileSync(join(dir, 'htpasswd'), stdout);
    authBlock = `auth:\n  htpasswd:\n    realm: shipshape-test\n    path: ${join(dir, 'htpasswd')}\n`;
  }
  writeFileSync(join(dir, 'config.yml'), [
    'version: 0.1',
    'log:\n  level: error\n  accesslog:\n    disabled: true',
    `storage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n  delete:\n    enabled: true`,
    `http:\n  addr: ${host}\n  secret: shipshape-test-secret`,
    authBlock,
  ].join('\n'));
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr += String(d); });
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= (async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  })());
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`docker-registry exited: ${stderr}`);
    }
    try {
      const res = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(1000) });
      await res.body?.cancel();
      if (res.status === 200 || res.status === 401) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`docker-registry did not start on ${host}: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { host, dir, creds: auth, stop };
}

const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** What goes into one platform's image config. */
export interface ImageSpec {
  platform?: string;
  user?: string;
  exposedPorts?: string[];
  env?: string[];
  created?: string;
  cmd?: string[];
}

export interface BuiltImage {
  /** Digest of what the tag points to (the index for several platforms). */
  digest: string;
  /** Manifest digest per platform. */
  manifests: Record<string, string>;
  /** Compressed size per platform: config + layer. */
  sizes: Record<string, number>;
}

/**
 * Writes an OCI layout for `specs` (one platform: a manifest; several: an
 * index) and pushes it as `<host>/<repository>:<tag>` with skopeo.
 */
export async function pushImage(registry: TestRegistry, repository: string, tag: string, specs: ImageSpec[]): Promise<BuiltImage> {
  const layout = mkdtempSync(join(tmpdir(), 'shipshape-oci-'));
  try {
    const blobs = join(layout, 'blobs', 'sha256');
    mkdirSync(blobs, { recursive: true });
    const blob = (content: Buffer | string) => {
      const digest = sha(content);
      writeFileSync(join(blobs, digest.slice(7)), content);
      return { digest, size: Buffer.byteLength(content) };
    };
    // An empty tar archive is two 512-byte blocks of zeros.
    const tar = Buffer.alloc(1024);
    const layer = blob(gzipSync(tar));
    const built: BuiltImage = { digest: '', manifests: {}, sizes: {} };
    const entries: { mediaType: string; digest: string; size: number; platform: Record<string, string> }[] = [];
    for (const spec of specs) {
      const [os, architecture, variant] = (spec.platform ?? 'linux/amd64').split('/');
      const config = blob(JSON.stringify({
        created: spec.created ?? '2026-01-02T03:04:05Z',
        architecture,
        os,
        ...(variant ? { variant } : {}),
        config: {
          ...(spec.user !== undefined ? { User: spec.user } : {}),
          ...(spec.exposedPorts ? { ExposedPorts: Object.fromEntries(spec.exposedPorts.map((p) => [p, {}])) } : {}),
          Env: spec.env ?? ['PATH=/usr/local/bin:/usr/bin:/bin'],
          ...(spec.cmd ? { Cmd: spec.cmd } : {}),
        },
        rootfs: { type: 'layers', diff_ids: [sha(tar)] },
      }));
      const manifest = blob(JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
      }));
      const platform = [os, architecture, variant].filter(Boolean).join('/');
      built.manifests[platform] = manifest.digest;
      built.sizes[platform] = config.size + layer.size;
      entries.push({ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, platform: { os, architecture, ...(variant ? { variant } : {}) } });
    }
    let top: { mediaType: string; digest: string; size: number };
    if (entries.length === 1) {
      top = { mediaType: entries[0].mediaType, digest: entries[0].digest, size: entries[0].size };
    } else {
      const index = blob(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: entries }));
      top = { mediaType: 'application/vnd.oci.image.index.v1+json', ...index };
    }
    built.digest = top.digest;
    writeFileSync(join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    writeFileSync(join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ ...top, annotations: { 'org.opencontainers.image.ref.name': tag } }] }));
    const args = ['copy', '--quiet', '--all', '--preserve-digests', '--dest-tls-verify=false'];
    if (registry.creds) args.push('--dest-creds', `${registry.creds.username}:${registry.creds.password}`);
    await run('skopeo', [...args, `oci:${layout}:${tag}`, `docker://${registry.host}/${repository}:${tag}`], { env: { ...process.env, HOME: layout } });
    return built;
  } finally {
    rmSync(layout, { recursive: true, force: true });
  }
}

/** A loopback server that accepts connections and never answers (a registry that times out). */
export async function silentServer(): Promise<{ host: string; close(): Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
