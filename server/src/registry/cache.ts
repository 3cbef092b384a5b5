/**
 * A small on-disk cache of resolved images: a JSON file of facts by
 * reference and platform, each with the time it was read. Tags expire after a
 * TTL (they move); digests are content-addressed and kept longer.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { shipshapeCacheDir } from '../node/cache-dir.js';
import type { ImageFacts } from '../rules/types.js';

interface Entry {
  at: number;
  facts: ImageFacts;
}

/** At most this many entries are kept; the oldest go first. */
const MAX_ENTRIES = 1000;
const DIGEST_TTL_MS = 30 * 24 * 3600_000;

/** `$SHIPSHAPE_CACHE/registry.json`, else `~/.cache/shipshape/registry.json`. */
export function defaultCacheFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(shipshapeCacheDir(env), 'registry.json');
}

export class RegistryCache {
  private entries: Map<string, Entry> | undefined;
  private dirty = false;

  /**
   * @param file where the cache lives; undefined keeps it in memory only.
   * @param ttlMs how long a tag's resolution is trusted (default one hour).
   */
  constructor(private readonly file: string | undefined, private readonly ttlMs = 3600_000, private readonly now: () => number = Date.now) {}

  private load(): Map<string, Entry> {
    if (this.entries) return this.entries;
    this.entries = new Map();
    if (!this.file) return this.entries;
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as { version?: unknown; entries?: Record<string, Entry> };
      if (data.version === 1 && data.entries && typeof data.entries === 'object') {
        for (const [k, v] of Object.entries(data.entries)) {
          if (typeof v?.at === 'number' && typeof v.facts?.digest === 'string') this.entries.set(k, v);
        }
      }
    } catch {
      // A missing or damaged cache is an empty one.
    }
    return this.entries;
  }

  /** The cached facts for a key, when still fresh. */
  get(key: string, byDigest: boolean): ImageFacts | undefined {
    const entry = this.load().get(key);
    if (!entry) return undefined;
    const age = this.now() - entry.at;
    return age >= 0 && age < (byDigest ? DIGEST_TTL_MS : this.ttlMs) ? entry.facts : undefined;
  }

  set(key: string, facts: ImageFacts): void {
    const entries = this.load();
    entries.delete(key);
    entries.set(key, { at: this.now(), facts });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    this.dirty = true;
  }

  /** Writes the cache when it changed (atomically: a temporary file renamed over it). Never throws. */
  save(): void {
    if (!this.file || !this.dirty || !this.entries) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ version: 1, entries: Object.fromEntries(this.entries) }), { mode: 0o600 });
      renameSync(tmp, this.file);
      this.dirty = false;
    } catch {
      // An unwritable cache only costs requests next time.
    }
  }
}
