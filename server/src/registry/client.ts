/**
 * A client of the Registry HTTP API v2 that resolves an image reference to
 * its digest and image config: OCI and Docker v2 manifests, multi-platform
 * indexes, anonymous access by default, bearer tokens (Docker Hub's flow) and
 * basic auth with credentials from the user's Docker config. Every request
 * has a time limit and can be cancelled.
 */
import { createHash } from 'node:crypto';
import type { ImageFacts } from '../rules/types.js';
import { credentialsFor, type Credentials } from './credentials.js';
import { hostPlatform, manifestReference, parsePlatform, type RegistryRef } from './reference.js';

const INDEX_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];
const MANIFEST_TYPES = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'];
const ACCEPT = [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ');
/** Manifests and configs larger than this are refused (real ones are a few KB). */
const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

export type RegistryErrorKind = 'unreachable' | 'timeout' | 'not-found' | 'unauthorized' | 'invalid' | 'no-platform' | 'cancelled';

/** Why an image could not be resolved. */
export class RegistryError extends Error {
  /** For `no-platform`: the platforms the multi-platform image is published for (`linux/amd64`, …). */
  offered?: string[];
  constructor(readonly kind: RegistryErrorKind, readonly host: string, message: string) {
    super(message);
    this.name = 'RegistryError';
  }
}

export interface ClientOptions {
  /** Per-request time limit in milliseconds (default 10 s). */
  timeoutMs?: number;
  /** Docker config file for credentials (default `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`); `false`: anonymous only. */
  dockerConfig?: string | false;
  /** Hosts spoken to over plain HTTP (default: loopback only). */
  plainHttp?: (host: string) => boolean;
  /** The `fetch` to use (tests may wrap it). */
  fetch?: typeof fetch;
}

const isLoopback = (host: string) => /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/.test(host);

interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses a `WWW-Authenticate` header (`Bearer realm="…",service="…"`). */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) params[p[1].toLowerCase()] = p[2] ?? p[3];
  return { scheme: m[1].toLowerCase(), params };
}

const basic = (c: Credentials) => `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;

/** Resolves image references against their registries. */
export class RegistryClient {
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  /** Authorization header per `host/repository`, once a challenge was answered. */
  private readonly auth = new Map<string, string>();

  constructor(private readonly options: ClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.fetchImpl = options.fetch ?? fetch;
  }

  private base(host: string): string {
    const plain = this.options.plainHttp ? this.options.plainHttp(host) : isLoopback(host);
    return `${plain ? 'http' : 'https'}://${host}`;
  }

  private credentials(ref: RegistryRef): Credentials | undefined {
    if (this.options.dockerConfig === false) return undefined;
    return credentialsFor(ref.displayHost, this.options.dockerConfig);
  }

  private async request(ref: RegistryRef, url: string, headers: Record<string, string>, signal?: AbortSignal): Promise<Response> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      return await this.fetchImpl(url, { headers, signal: combined, redirect: 'follow' });
    } catch (e) {
      if (signal?.aborted) throw new RegistryError('cancelled', ref.displayHost, 'cancelled');
      if (timeout.aborted) throw new RegistryError('timeout', ref.displayHost, `${ref.displayHost} did not answer within ${this.timeoutMs / 1000} s`);
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new RegistryError('unreachable', ref.displayHost, `${ref.displayHost} is unreachable (${cause?.code ?? cause?.message ?? (e as Error).message})`);
    }
  }

  /** Reads a body up to the size limit, through the same time limit. */
  private async body(ref: RegistryRef, res: Response): Promise<Buffer> {
    const length = Number(res.headers.get('content-length') ?? '0');
    if (length > MAX_DOCUMENT_BYTES) throw new RegistryError('invalid', ref.displayHost, `${ref.displayHost} sent a document of ${length} bytes`);
    try {
      const buf = Buffer.from(await res.arrayBuffer());
      if (buf.length > MAX_DOCUMENT_BYTES) throw new RegistryError('invalid', ref.displayHost, `${ref.displayHost} sent a document of ${buf.length} bytes`);
      return buf;
    } catch (e) {
      if (e instanceof RegistryError) throw e;
      throw new RegistryError('timeout', ref.displayHost, `${ref.displayHost} stopped sending (${(e as Error).message})`);
    }
  }

  /** Answers an authentication challenge; the Authorization header to retry with, or undefined. */
  private async authorize(ref: RegistryRef, challenge: Challenge | undefined, signal?: AbortSignal): Promise<string | undefined> {
    const creds = this.credentials(ref);
    if (challenge?.scheme === 'basic') return creds ? basic(creds) : undefined;
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm) return undefined;
    let realm: URL;
    try {
      realm = new URL(challenge.params.realm);
    } catch {
      throw new RegistryError('invalid', ref.displayHost, `${ref.displayHost} named an invalid token service`);
    }
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && isLoopback(realm.host))) {
      throw new RegistryError('invalid', ref.displayHost, `${ref.displayHost} named a token service that is not HTTPS`);
    }
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service);
    realm.searchParams.set('scope', `repository:${ref.repository}:pull`);
    const res = await this.request(ref, realm.href, creds ? { Authorization: basic(creds) } : {}, signal);
    if (!res.ok) {
      await res.body?.cancel();
      throw new RegistryError('unauthorized', ref.displayHost, `${ref.displayHost} refused a pull token for ${ref.repository} (HTTP ${res.status})`);
    }
    let token: unknown;
    try {
      const json = JSON.parse((await this.body(ref, res)).toString('utf8')) as { token?: unknown; access_token?: unknown };
      token = json.token ?? json.access_token;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string' || !token) throw new RegistryError('invalid', ref.displayHost, `${ref.displayHost}'s token service sent no token`);
    return `Bearer ${token}`;
  }

  /** GET a path of the repository, answering one authentication challenge. */
  private async get(ref: RegistryRef, path: string, accept: string, signal?: AbortSignal): Promise<Buffer> {
    const url = `${this.base(ref.host)}/v2/${ref.repository}/${path}`;
    const key = `${ref.host}/${ref.repository}`;
    const headers = (auth?: string): Record<string, string> => ({ Accept: accept, ...(auth ? { Authorization: auth } : {}) });
    let res = await this.request(ref, url, headers(this.auth.get(key)), signal);
    if (res.status === 401) {
      await res.body?.cancel();
      const auth = await this.authorize(ref, parseChallenge(res.headers.get('www-authenticate')), signal);
      if (!auth) throw new RegistryError('unauthorized', ref.displayHost, `${ref.displayHost} requires credentials for ${ref.repository} and ~/.docker/config.json has none`);
      this.auth.set(key, auth);
      res = await this.request(ref, url, headers(auth), signal);
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw new RegistryError('unauthorized', ref.displayHost, `${ref.displayHost} refused access to ${ref.repository} (HTTP ${res.status})`);
    }
    if (res.status === 404) {
      await res.body?.cancel();
      throw new RegistryError('not-found', ref.displayHost, `${ref.displayHost}/${ref.repository}:${manifestReference(ref)} does not exist`);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new RegistryError('unreachable', ref.displayHost, `${ref.displayHost} answered HTTP ${res.status}`);
    }
    return this.body(ref, res);
  }

  private async json(ref: RegistryRef, path: string, accept: string, signal?: AbortSignal): Promise<{ bytes: Buffer; doc: Record<string, unknown> }> {
    const bytes = await this.get(ref, path, accept, signal);
    let doc: unknown;
    try {
      doc = JSON.parse(bytes.toString('utf8'));
    } catch {
      doc = undefined;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new RegistryError('invalid', ref.displayHost, `${ref.displayHost} sent a document that is not JSON for ${path}`);
    return { bytes, doc: doc as Record<string, unknown> };
  }

  /**
   * Resolves a reference: the digest its tag (or digest) names, and for the
   * platform (default: this machine's) the manifest's digest and image config.
   */
  async resolve(ref: RegistryRef, platform?: string, signal?: AbortSignal): Promise<ImageFacts> {
    const wanted = parsePlatform(platform ?? hostPlatform()) ?? parsePlatform(hostPlatform())!;
    const top = await this.json(ref, `manifests/${manifestReference(ref)}`, ACCEPT, signal);
    const digest = `sha256:${createHash('sha256').update(top.bytes).digest('hex')}`;
    if (ref.digest && ref.digest !== digest) {
      throw new RegistryError('invalid', ref.displayHost, `${ref.displayHost} sent content for ${ref.repository}@${ref.digest} whose digest is ${digest}`);
    }
    let manifest = top.doc;
    let manifestDigest = digest;
    let chosen: string | undefined;
    if (Array.isArray(top.doc.manifests) && (INDEX_TYPES.includes(String(top.doc.mediaType)) || !top.doc.config)) {
      const entries = (top.doc.manifests as Record<string, unknown>[]).filter((m) => typeof m === 'object' && m !== null);
      const pick = pickPlatform(entries, wanted);
      if (!pick) {
        const offered = [...new Set(entries.map(platformOf).filter((p): p is string => p !== undefined && p !== 'unknown/unknown').map((p) => plain(p, 64)))].slice(0, 64);
        const err = new RegistryError('no-platform', ref.displayHost, `${ref.repository}:${manifestReference(ref)} has no image for ${formatPlatform(wanted)} (it has ${offered.join(', ') || 'none'})`);
        err.offered = offered;
        throw err;
      }
      manifestDigest = String(pick.digest);
      chosen = platformOf(pick);
      const sub = await this.json({ ...ref, digest: manifestDigest }, `manifests/${manifestDigest}`, MANIFEST_TYPES.join(', '), signal);
      const subDigest = `sha256:${createHash('sha256').update(sub.bytes).digest('hex')}`;
      if (subDigest !== manifestDigest) throw new RegistryError('invalid', ref.displayHost, `${ref.displayHost} sent a manifest whose digest is not ${manifestDigest}`);
      manifest = sub.doc;
    }
    const config = manifest.config as { digest?: unknown; size?: unknown } | undefined;
    if (!config || typeof config.digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(config.digest)) {
      throw new RegistryError('invalid', ref.displayHost, `${ref.repository}:${manifestReference(ref)} has no image config`);
    }
    const blob = await this.json(ref, `blobs/${config.digest}`, '*/*', signal);
    const layers = Array.isArray(manifest.layers) ? manifest.layers as { size?: unknown }[] : [];
    const size = layers.reduce((n, l) => n + (typeof l?.size === 'number' ? l.size : 0), typeof config.size === 'number' ? config.size : 0);
    return factsOf(blob.doc, { digest, manifestDigest, size, platform: chosen ?? configPlatform(blob.doc) });
  }
}

function platformOf(entry: Record<string, unknown>): string | undefined {
  const p = entry.platform as { os?: unknown; architecture?: unknown; variant?: unknown } | undefined;
  if (!p || typeof p.os !== 'string' || typeof p.architecture !== 'string') return undefined;
  return [p.os, p.architecture, typeof p.variant === 'string' ? p.variant : undefined].filter(Boolean).join('/');
}

const formatPlatform = (p: { os: string; architecture: string; variant?: string }) => [p.os, p.architecture, p.variant].filter(Boolean).join('/');

/** The index entry for a platform: same os and architecture, and the variant when one is asked for (`arm64` defaults to `v8`). */
export function pickPlatform(entries: Record<string, unknown>[], wanted: { os: string; architecture: string; variant?: string }): Record<string, unknown> | undefined {
  const matches = entries.filter((e) => {
    const p = e.platform as { os?: unknown; architecture?: unknown; variant?: unknown } | undefined;
    return typeof e.digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(e.digest) && p?.os === wanted.os && p?.architecture === wanted.architecture;
  });
  if (!wanted.variant) return matches.find((e) => !(e.platform as { variant?: unknown }).variant || (e.platform as { variant?: unknown }).variant === 'v8') ?? matches[0];
  return matches.find((e) => (e.platform as { variant?: unknown }).variant === wanted.variant)
    ?? (wanted.architecture === 'arm64' && wanted.variant === 'v8' ? matches.find((e) => !(e.platform as { variant?: unknown }).variant) : undefined);
}

function configPlatform(doc: Record<string, unknown>): string | undefined {
  return typeof doc.os === 'string' && typeof doc.architecture === 'string'
    ? [doc.os, doc.architecture, typeof doc.variant === 'string' ? doc.variant : undefined].filter(Boolean).join('/')
    : undefined;
}

/** A config string as plain text: no control characters or backticks (it is shown in Markdown), bounded. */
const plain = (v: string, max = 256) => v.replace(/[\u0000-\u001f\u007f`]/g, '').slice(0, max);
const strings = (v: unknown, max = 256): string[] | undefined =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]).slice(0, max).map((s) => plain(s, 4096)) : undefined;

/**
 * The facts Shipshape uses from an image config blob. A registry's answer is
 * untrusted input: values of the wrong type are dropped, strings are cleaned
 * and bounded.
 */
export function factsOf(doc: Record<string, unknown>, base: { digest: string; manifestDigest: string; size?: number; platform?: string }): ImageFacts {
  const config = (typeof doc.config === 'object' && doc.config !== null && !Array.isArray(doc.config) ? doc.config : {}) as Record<string, unknown>;
  const facts: ImageFacts = { digest: base.digest, manifestDigest: base.manifestDigest, user: typeof config.User === 'string' ? plain(config.User) : '' };
  if (base.platform) facts.platform = plain(base.platform, 64);
  if (typeof doc.created === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(doc.created)) facts.created = doc.created;
  const env = strings(config.Env);
  if (env) facts.env = env;
  if (typeof config.ExposedPorts === 'object' && config.ExposedPorts !== null && !Array.isArray(config.ExposedPorts)) {
    facts.exposedPorts = Object.keys(config.ExposedPorts).filter((p) => /^\d{1,5}(\/(tcp|udp|sctp))?$/.test(p)).slice(0, 256);
  }
  const hc = strings((config.Healthcheck as { Test?: unknown } | undefined)?.Test);
  if (hc) facts.healthcheck = hc;
  const entrypoint = strings(config.Entrypoint);
  if (entrypoint) facts.entrypoint = entrypoint;
  const cmd = strings(config.Cmd);
  if (cmd) facts.cmd = cmd;
  if (base.size !== undefined && Number.isFinite(base.size) && base.size >= 0) facts.size = base.size;
  return facts;
}
