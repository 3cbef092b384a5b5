/**
 * Publishing diagnostics: immediately on open; on change as soon as the
 * server is idle, for the newest version only; cleared on close.
 *
 * There is no fixed pause after a keystroke. A change is analysed on the next
 * turn of the event loop, so changes already waiting in the message queue
 * coalesce into one run; while a run is in progress later changes only mark
 * the document dirty, and it runs once more for the newest version. Only a
 * document whose analysis is expensive waits between runs, for as long as its
 * last analysis took (at most {@link MAX_THROTTLE_MS}), so typing into a huge
 * file never spends more than half the time analysing — when it is analysed
 * on the message loop. Analysed in a worker thread it does not wait: one run
 * at a time per document already bounds the work.
 */
import { performance } from 'node:perf_hooks';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileDiagnostics } from './configFiles.js';
import type { ServerContext } from './context.js';
import { skippedDiagnostic, toDiagnostic } from './diagnostics.js';
import { MemoryGovernor } from './memory.js';
import { uriToPath } from './paths.js';
import { affectsOtherFiles, dependsOn } from './watch.js';
import { Superseded } from './worker.js';

/** Analyses cheaper than this run on every change without waiting. */
export const FREE_ANALYSIS_MS = 16;
/** The longest a changed document waits for its next analysis. */
export const MAX_THROTTLE_MS = 250;
/** How long a dependent document waits, so a burst of file events settles first. */
const DEPENDENT_DELAY_MS = 50;

interface DocState {
  /** Cancels the pending run, when one is scheduled. */
  cancel?: () => void;
  /** An analysis of this document is in progress. */
  running: boolean;
  /** A change arrived while it ran: run once more afterwards. */
  dirty: boolean;
  /** How long its last analysis took (ms). */
  cost: number;
}

/**
 * Calls `fn` after `ms`, or without a wait two turns of the event loop from
 * now, and returns what cancels it. The connection handles one queued
 * message per turn, so a change already waiting in the queue is handled
 * (and cancels this run) before the second turn; a timer of 0 ms would
 * wait at least 1 ms.
 */
function later(fn: () => void, ms: number): () => void {
  if (ms > 0) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  }
  let second: NodeJS.Immediate | undefined;
  const first = setImmediate(() => {
    second = setImmediate(fn);
  });
  return () => {
    clearImmediate(first);
    if (second) clearImmediate(second);
  };
}

export class DiagnosticsPublisher {
  private readonly docs = new Map<string, DocState>();

  /**
   * `now` measures analysis cost (tests pass their own clock); `memory` keeps
   * the heap near what the server holds while a person types.
   */
  constructor(
    private readonly ctx: ServerContext,
    private readonly now: () => number = () => performance.now(),
    private readonly memory: MemoryGovernor = new MemoryGovernor(),
  ) {}

  private state(uri: string): DocState {
    let st = this.docs.get(uri);
    if (!st) {
      st = { running: false, dirty: false, cost: 0 };
      this.docs.set(uri, st);
    }
    return st;
  }

  /** The wait before analysing a changed document: none when its analysis is cheap, else as long as the last one took. */
  delayFor(uri: string): number {
    // In a worker the analysis holds up nothing else: one run at a time per document is throttle enough.
    if (this.ctx.offThread) return 0;
    const cost = this.docs.get(uri)?.cost ?? 0;
    return cost < FREE_ANALYSIS_MS ? 0 : Math.min(Math.round(cost), MAX_THROTTLE_MS);
  }

  /**
   * Analyses and publishes the newest version after `delay` ms (by default:
   * as soon as the server is idle, or after {@link delayFor} for an expensive
   * document); a newer call for the same document replaces a pending one.
   */
  schedule(uri: string, delay?: number): void {
    const st = this.state(uri);
    st.cancel?.();
    st.cancel = later(() => {
      st.cancel = undefined;
      void this.publish(uri);
    }, delay ?? this.delayFor(uri));
  }

  /** Re-analyses every open document (settings or project files changed). */
  scheduleAll(delay?: number): void {
    for (const doc of this.ctx.documents.all()) this.schedule(doc.uri, delay);
  }

  /**
   * Files changed (in the editor or on disk): drops the analyses of the open
   * documents that depend on them and analyses those again, after the changed
   * document itself.
   */
  scheduleDependents(...changed: string[]): void {
    const relevant = changed.filter(affectsOtherFiles);
    if (!relevant.length) return;
    for (const doc of this.ctx.documents.all()) {
      if (!relevant.some((c) => dependsOn(doc.uri, c))) continue;
      // Only the documents that depend on the change are analysed again; the others keep their analysis.
      this.ctx.cache.drop(doc.uri);
      this.schedule(doc.uri, Math.max(DEPENDENT_DELAY_MS, this.delayFor(doc.uri)));
    }
  }

  /**
   * Analyses the document's current version now and publishes its diagnostics.
   * While a run for the document is in progress, marks it dirty instead: the
   * run in progress then analyses once more, for the newest version.
   */
  async publish(uri: string): Promise<void> {
    const st = this.state(uri);
    if (st.running) {
      st.dirty = true;
      return;
    }
    st.running = true;
    const started = this.now();
    try {
      await this.analyseAndSend(uri);
    } finally {
      st.running = false;
      // Exponentially weighted, so one slow run (a cold cache) does not throttle typing for long.
      const took = this.now() - started;
      st.cost = st.cost ? 0.5 * st.cost + 0.5 * took : took;
      if (st.dirty && this.ctx.documents.get(uri)) {
        st.dirty = false;
        this.schedule(uri);
      }
    }
  }

  private async analyseAndSend(uri: string): Promise<void> {
    const doc = this.ctx.documents.get(uri);
    if (!doc) return;
    try {
      const config = configFileDiagnostics(uriToPath(uri), doc.getText());
      if (config) {
        await this.ctx.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: config });
        return;
      }
      // The document object changes in place with each edit: what was analysed is the version read now.
      const version = doc.version;
      const analysis = await this.ctx.analysisFor(doc);
      const analysed = analysis?.version ?? version;
      const latest = this.ctx.documents.get(uri);
      // A newer version arrived while it was analysed: its own run publishes it.
      if (!latest || latest.version !== analysed) return;
      const diagnostics = !analysis ? [] : analysis.skipped ? [skippedDiagnostic(analysis.skipped)] : analysis.result.findings.map((f) => toDiagnostic(f, analysed));
      await this.ctx.connection.sendDiagnostics({ uri, version: analysed, diagnostics });
      this.memory.tick();
    } catch (e) {
      // A newer version took its place in the queue: that run publishes.
      if (e instanceof Superseded) return;
      this.ctx.connection.console.error(`${uri}: analysis failed: ${(e as Error)?.stack ?? e}`);
    }
  }

  /** Stops pending work for a closed document and clears its diagnostics. */
  close(doc: TextDocument): void {
    this.docs.get(doc.uri)?.cancel?.();
    this.docs.delete(doc.uri);
    this.ctx.cache.drop(doc.uri);
    this.ctx.settings.drop(doc.uri);
    void this.ctx.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  }

  dispose(): void {
    for (const st of this.docs.values()) st.cancel?.();
    this.docs.clear();
  }
}
