/**
 * Publishing diagnostics: immediately on open, after a short pause while the
 * unsaved buffer changes, always for the latest version; cleared on close.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileDiagnostics } from './configFiles.js';
import type { ServerContext } from './context.js';
import { skippedDiagnostic, toDiagnostic } from './diagnostics.js';
import { uriToPath } from './paths.js';
import { affectsOtherFiles, dependsOn } from './watch.js';

/** How long typing must pause before a changed buffer is analysed again. */
export const CHANGE_DELAY_MS = 150;

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly ctx: ServerContext) {}

  /** Analyses and publishes after `delay` ms; a newer call for the same document replaces it. */
  schedule(uri: string, delay = CHANGE_DELAY_MS): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      void this.publish(uri);
    }, delay));
  }

  /** Re-analyses every open document (settings or project files changed). */
  scheduleAll(delay = CHANGE_DELAY_MS): void {
    for (const doc of this.ctx.documents.all()) this.schedule(doc.uri, delay);
  }

  /**
   * Files changed (in the editor or on disk): invalidates analyses when other
   * files may depend on them and re-analyses the open documents that do,
   * after the changed document itself.
   */
  scheduleDependents(...changed: string[]): void {
    const relevant = changed.filter(affectsOtherFiles);
    if (!relevant.length) return;
    this.ctx.cache.invalidate();
    for (const doc of this.ctx.documents.all()) {
      if (relevant.some((c) => dependsOn(doc.uri, c))) this.schedule(doc.uri, 2 * CHANGE_DELAY_MS);
    }
  }

  /** Analyses the document's current version now and publishes its diagnostics. */
  async publish(uri: string): Promise<void> {
    const doc = this.ctx.documents.get(uri);
    if (!doc) return;
    try {
      const config = configFileDiagnostics(uriToPath(uri), doc.getText());
      if (config) {
        await this.ctx.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: config });
        return;
      }
      const analysis = await this.ctx.analysisOf(doc);
      const latest = this.ctx.documents.get(uri);
      // A newer version arrived while settings were fetched: its own run publishes it.
      if (!latest || latest.version !== doc.version) return;
      const diagnostics = !analysis ? [] : analysis.skipped ? [skippedDiagnostic(analysis.skipped)] : analysis.result.findings.map((f) => toDiagnostic(f, doc.version));
      await this.ctx.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    } catch (e) {
      this.ctx.connection.console.error(`${uri}: analysis failed: ${(e as Error)?.stack ?? e}`);
    }
  }

  /** Stops pending work for a closed document and clears its diagnostics. */
  close(doc: TextDocument): void {
    clearTimeout(this.timers.get(doc.uri));
    this.timers.delete(doc.uri);
    this.ctx.cache.drop(doc.uri);
    this.ctx.settings.drop(doc.uri);
    void this.ctx.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
