/**
 * Opt-in registry resolution in the language server: when
 * `shipshape.registry.enable` is on (a user or machine setting) and the
 * workspace is trusted, the images of a document are resolved after it is
 * opened or saved — never while typing — debounced and cancellable, and the
 * document is analysed again with what was learnt. Problems go to the log
 * (the Shipshape output channel), once per registry.
 */
import { type ImageFacts, imagesToResolve, type WantedImage } from '../engine/index.js';
import { ImageResolver } from '../registry/resolver.js';
import type { ServerContext } from './context.js';
import { uriToPath } from './paths.js';

/** How long after an open or save resolution waits, so a burst of saves makes one round of requests. */
export const RESOLVE_DELAY_MS = 300;

export class RegistryFeature {
  private resolver: ImageResolver | undefined;
  private enabled = false;
  private saidUntrusted = false;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, AbortController>();

  /**
   * @param learnt called with a document's URI when resolution learnt something about its images.
   */
  constructor(private readonly ctx: ServerContext, private readonly learnt: (uri: string) => void) {}

  /** Whether resolution is on (then documents are analysed where its facts are). */
  get active(): boolean {
    return this.enabled;
  }

  /** What is known about an image, for the project views; undefined while the feature is off. */
  readonly lookup = (ref: string, platform?: string): ImageFacts | undefined =>
    this.enabled ? this.resolver?.lookup(ref, platform) : undefined;

  /** The platforms a multi-platform image is published for when it has none for `platform`; undefined while the feature is off. */
  readonly platforms = (ref: string, platform?: string): readonly string[] | undefined =>
    this.enabled ? this.resolver?.platforms(ref, platform) : undefined;

  /** Resolves a document's images after {@link RESOLVE_DELAY_MS}; a newer request for it replaces this one. */
  request(uri: string, delay = RESOLVE_DELAY_MS): void {
    clearTimeout(this.timers.get(uri));
    this.running.get(uri)?.abort();
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      void this.run(uri);
    }, delay));
  }

  /**
   * Resolves images now, for an explicit command such as harden; false when
   * the feature is off for the document (then nothing is asked).
   */
  async resolveNow(uri: string, wanted: readonly WantedImage[]): Promise<boolean> {
    const settings = await this.ctx.settings.get(uri);
    if (!settings.registry || this.ctx.abilities.workspaceTrusted === false) return false;
    this.enabled = true;
    this.resolver ??= new ImageResolver({ log: (m) => this.ctx.connection.console.warn(m) });
    await this.resolver.resolve(wanted);
    return true;
  }

  /** The document closed: pending and running work for it stops. */
  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.running.get(uri)?.abort();
    this.running.delete(uri);
  }

  private async run(uri: string): Promise<void> {
    const doc = this.ctx.documents.get(uri);
    if (!doc) return;
    const settings = await this.ctx.settings.get(uri);
    const on = settings.registry && this.ctx.abilities.workspaceTrusted !== false;
    if (settings.registry && !on && !this.saidUntrusted) {
      this.saidUntrusted = true;
      this.ctx.connection.console.info('shipshape.registry.enable is on, but base images are not resolved against their registries in an untrusted workspace');
    }
    if (on !== this.enabled) {
      this.enabled = on;
      // Analyses made with (or without) registry facts are stale.
      this.ctx.cache.invalidate();
      this.learnt(uri);
    }
    if (!on) return;
    this.resolver ??= new ImageResolver({ log: (m) => this.ctx.connection.console.warn(m) });
    const wanted = imagesToResolve({ path: uriToPath(uri), text: doc.getText(), languageId: doc.languageId });
    if (!wanted.length) return;
    const controller = new AbortController();
    this.running.set(uri, controller);
    try {
      if (await this.resolver.resolve(wanted, controller.signal)) {
        this.ctx.cache.invalidate();
        this.learnt(uri);
      }
    } catch (e) {
      this.ctx.connection.console.error(`${uri}: registry resolution failed: ${(e as Error)?.stack ?? e}`);
    } finally {
      if (this.running.get(uri) === controller) this.running.delete(uri);
    }
  }

  dispose(): void {
    for (const uri of [...this.timers.keys(), ...this.running.keys()]) this.cancel(uri);
  }
}
