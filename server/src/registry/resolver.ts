/**
 * Resolution of the images a set of files names, for the front ends: what is
 * already known comes from the cache, the rest from the registries (a few at
 * a time, each reference once), and the engine reads the result through
 * {@link ImageResolver.lookup}, synchronously and without I/O.
 */
import type { WantedImage } from '../engine/images.js';
import type { ImageFacts } from '../rules/types.js';
import { defaultCacheFile, RegistryCache } from './cache.js';
import { RegistryClient, RegistryError, type ClientOptions } from './client.js';
import { parseRegistryRef } from './reference.js';

export interface ResolverOptions extends ClientOptions {
  /** Cache file; `false` keeps the cache in memory (default {@link defaultCacheFile}). */
  cacheFile?: string | false;
  /** How long a tag's resolution is trusted, in milliseconds (default one hour). */
  ttlMs?: number;
  /** Where problems are said: once per registry that cannot be reached, once per reference that fails otherwise. */
  log?: (message: string) => void;
  /** How long a registry that could not be reached is left alone (default five minutes). */
  retryAfterMs?: number;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
}

const keyOf = (ref: string, platform?: string) => `${ref}|${platform ?? ''}`;

export class ImageResolver {
  private readonly client: RegistryClient;
  private readonly cache: RegistryCache;
  /** What is known, with when it was learnt (a tag's answer is asked again after the TTL). */
  private readonly facts = new Map<string, { facts: ImageFacts; at: number }>();
  private readonly failed = new Set<string>();
  /** For a multi-platform image with no entry for the platform asked: the platforms it is published for. */
  private readonly offered = new Map<string, string[]>();
  private readonly down = new Map<string, number>();
  private readonly said = new Set<string>();
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(private readonly options: ResolverOptions = {}) {
    this.client = new RegistryClient(options);
    this.cache = new RegistryCache(options.cacheFile === false ? undefined : options.cacheFile ?? defaultCacheFile(), options.ttlMs);
  }

  /** What is known about an image now (for {@link ProjectView.image}). */
  readonly lookup = (ref: string, platform?: string): ImageFacts | undefined => this.facts.get(keyOf(ref, platform))?.facts;

  /** The platforms a multi-platform image is published for, when its registry said it has none for `platform` (for {@link ProjectView.imagePlatforms}). */
  readonly platforms = (ref: string, platform?: string): readonly string[] | undefined => this.offered.get(keyOf(ref, platform));

  /** Whether a reference needs asking: unknown, or a tag whose answer is older than the TTL. */
  private needs(w: WantedImage): boolean {
    const key = keyOf(w.ref, w.platform);
    if (this.failed.has(key)) return false;
    const known = this.facts.get(key);
    return !known || (!w.ref.includes('@') && Date.now() - known.at >= (this.options.ttlMs ?? 3600_000));
  }

  private say(key: string, message: string): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    this.options.log?.(message);
  }

  /**
   * Resolves the images not known yet. Resolves to true when something new
   * was learnt. Never rejects: failures are said through `log` and leave the
   * image unknown (analysis falls back to offline knowledge).
   */
  async resolve(wanted: readonly WantedImage[], signal?: AbortSignal): Promise<boolean> {
    const seen = new Set<string>();
    const todo = wanted.filter((w) => {
      const key = keyOf(w.ref, w.platform);
      if (seen.has(key)) return false;
      seen.add(key);
      return this.needs(w);
    });
    let learnt = false;
    const queue = [...todo];
    const worker = async () => {
      for (let w = queue.shift(); w && !signal?.aborted; w = queue.shift()) {
        if (await this.one(w, signal)) learnt = true;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency ?? 4, queue.length) }, worker));
    this.cache.save();
    return learnt;
  }

  private async one(w: WantedImage, signal?: AbortSignal): Promise<boolean> {
    const key = keyOf(w.ref, w.platform);
    const before = this.facts.get(key)?.facts.digest;
    const pending = this.inFlight.get(key);
    if (pending) {
      await pending;
      return this.facts.get(key)?.facts.digest !== before;
    }
    const ref = parseRegistryRef(w.ref);
    if (!ref) return false;
    const cacheKey = `${ref.host}/${ref.repository}:${ref.tag ?? ''}@${ref.digest ?? ''}|${w.platform ?? ''}`;
    const cached = this.cache.get(cacheKey, ref.digest !== undefined);
    if (cached) {
      this.facts.set(key, { facts: cached, at: Date.now() });
      return cached.digest !== before;
    }
    if ((this.down.get(ref.host) ?? 0) > Date.now()) return false;
    let learnt = false;
    const work = (async () => {
      try {
        const facts = await this.client.resolve(ref, w.platform, signal);
        this.facts.set(key, { facts, at: Date.now() });
        this.cache.set(cacheKey, facts);
      } catch (e) {
        const err = e instanceof RegistryError ? e : new RegistryError('invalid', ref.displayHost, String((e as Error)?.message ?? e));
        if (err.kind === 'cancelled') return;
        if (err.kind === 'unreachable' || err.kind === 'timeout') {
          this.down.set(ref.host, Date.now() + (this.options.retryAfterMs ?? 300_000));
          this.say(`host:${ref.host}`, `registry: ${err.message}; using offline knowledge for its images`);
        } else if (err.kind === 'no-platform' && w.platform !== undefined && err.offered?.length) {
          // Asked for by `FROM --platform`: the finding says it (invalid-base-image-platform), the log does not repeat it.
          this.failed.add(key);
          this.offered.set(key, err.offered);
          learnt = true;
        } else {
          this.failed.add(key);
          this.say(`ref:${key}`, `registry: ${w.ref}: ${err.message}`);
        }
      }
    })();
    this.inFlight.set(key, work);
    try {
      await work;
    } finally {
      this.inFlight.delete(key);
    }
    const now = this.facts.get(key)?.facts;
    return learnt || (now !== undefined && now.digest !== before);
  }
}
