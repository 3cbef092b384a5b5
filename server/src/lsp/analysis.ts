/**
 * Analysis of open documents, memoized by URI, version and a generation that
 * changes whenever settings or the files around a document change.
 */
import { Script } from 'node:vm';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type AnalysisResult, analyze, analyzeWithoutWaiting, initEngine, type ProjectView, type Settings, type SourceFile } from '../engine/index.js';

/**
 * An analysis as the server holds it. One made in a worker thread has findings
 * whose fixes are not here yet: {@link fixesReady} fetches them.
 */
export interface LiveResult extends AnalysisResult {
  /** Makes every finding's `fixes` readable (one round trip to the worker, once); absent when they already are. */
  fixesReady?(): Promise<void>;
}
import { uriToPath } from './paths.js';
import { Hung, Superseded } from './worker.js';

/** A document's analysis and the source it was computed from. */
export interface DocumentAnalysis {
  uri: string;
  version: number;
  file: SourceFile;
  result: LiveResult;
  /** Why the document was not analysed, when it was not (e.g. too large to analyse while typing). */
  skipped?: string;
}

/**
 * Documents longer than this (in UTF-16 units) are not analysed live: parsing
 * megabytes on every keystroke would stall the server.
 */
export const MAX_LIVE_LENGTH = 512 * 1024;

/**
 * Time the rules may take on one document while you edit; past it the rest
 * are skipped and the document gets one information diagnostic saying so,
 * so one slow file does not hold up the others.
 */
export const LIVE_BUDGET_MS = 2_000;

/** What analyses a document: in this thread or in a worker (see {@link WorkerPool}). */
export type Analyser = (file: SourceFile, project: ProjectView, settings: Settings, uri: string) => Promise<LiveResult>;

/** The analysis with every finding's fixes readable (fetched from the worker that made it, when one did). */
export async function withFixes(analysis: DocumentAnalysis): Promise<DocumentAnalysis> {
  await analysis.result.fixesReady?.();
  return analysis;
}

/**
 * Analyses in the calling thread, within `budgetMs` (the server's, {@link LIVE_BUDGET_MS} unless the client set another).
 * While the shell parser still loads, a document whose scripts the fast path reads is analysed at once; another waits for it.
 * With `hangMs`, an analysis still running after that long is stopped (see {@link runWatched}) and rejects with {@link Hung}.
 */
export const analyseHere = (budgetMs = LIVE_BUDGET_MS, hangMs?: number): Analyser => async (file, project, settings) => {
  const watched = <T>(run: () => T): T => (hangMs === undefined ? run() : runWatched(run, hangMs));
  // The first document of a session often comes while the shell parser still loads, and mostly needs none of it.
  const now = watched(() => analyzeWithoutWaiting(file, project, settings, { timeBudgetMs: budgetMs }));
  if (now) return now;
  await initEngine();
  return watched(() => analyze(file, project, settings, { timeBudgetMs: budgetMs }));
};

/** Where {@link runWatched} leaves the function its script calls. */
const WATCHED = Symbol.for('shipshape.watched');
let watchedScript: Script | undefined;

/**
 * Runs `fn` in this thread and stops it after `ms` if it has not returned, as
 * a worker that hangs is ended: V8 ends the script (a loop that never exits
 * included) and this throws {@link Hung}. `node:vm` keeps that watch for the
 * scripts it runs, so `fn` is called from a one-line script.
 */
export function runWatched<T>(fn: () => T, ms: number): T {
  watchedScript ??= new Script('globalThis[Symbol.for("shipshape.watched")]()', { filename: 'shipshape-watched.js' });
  const global = globalThis as unknown as Record<symbol, unknown>;
  global[WATCHED] = fn;
  try {
    return watchedScript.runInThisContext({ timeout: ms }) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException | undefined)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new Hung(ms);
    throw e;
  } finally {
    delete global[WATCHED];
  }
}

/**
 * The budget a client asks for in `initializationOptions.analysisBudgetMs`
 * (a slow machine, or a person who prefers complete results to quick ones),
 * from 100 ms to 10 minutes; otherwise {@link LIVE_BUDGET_MS}.
 */
export function budgetOf(initializationOptions: unknown): number {
  const asked = (initializationOptions as { analysisBudgetMs?: unknown } | undefined)?.analysisBudgetMs;
  return typeof asked === 'number' && Number.isFinite(asked) ? Math.min(600_000, Math.max(100, asked)) : LIVE_BUDGET_MS;
}

/** What the message of a document whose analysis hung or crashed says. */
export function failedMessage(e: Error): string {
  return e instanceof Hung
    ? `Analysis stopped after ${e.ms} ms: a check did not finish, so this file's problems are not shown (other files are still analysed; the next edit tries again).`
    : `Analysis of this file failed (${e.message.split('\n')[0]}), so its problems are not shown; the next edit tries again.`;
}

interface Entry {
  key: string;
  analysis: Promise<DocumentAnalysis>;
  /** Set once the analysis is done. */
  done?: DocumentAnalysis;
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;
const noResult = (): AnalysisResult => ({ findings: [], errors: [], spanOf: (line) => ({ start: line, end: line }) });

/** Memoized analysis of documents. */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  /**
   * @param onErrors called once per new analysis whose rules failed (for the log).
   * @param analyser runs the rules (in this thread unless a worker pool is given).
   */
  constructor(
    private readonly onErrors: (uri: string, errors: AnalysisResult['errors']) => void = () => {},
    public analyser: Analyser = analyseHere(),
  ) {}

  /** Invalidates every cached analysis (settings or project files changed). */
  invalidate(): void {
    this.generation++;
  }

  /** Forgets a document's analysis (closed, or a file it depends on changed). */
  drop(uri: string): void {
    this.entries.delete(uri);
  }

  /**
   * The analysis of the document's current version under these settings; one
   * analysis per version, shared by everyone who asks while it runs. Rejects
   * with {@link Superseded} when a newer version replaced it before it ran.
   */
  get(doc: TextDocument, project: ProjectView, settings: Settings): Promise<DocumentAnalysis> {
    const key = `${doc.version}@${this.generation}`;
    const hit = this.entries.get(doc.uri);
    if (hit && hit.key === key) return hit.analysis;
    const file: SourceFile = { path: uriToPath(doc.uri), text: doc.getText(), languageId: doc.languageId };
    const base = { uri: doc.uri, version: doc.version, file };
    const entry: Entry = { key, analysis: Promise.resolve(undefined as unknown as DocumentAnalysis) };
    const finish = (analysis: DocumentAnalysis) => {
      entry.done = analysis;
      return analysis;
    };
    if (file.text.length > MAX_LIVE_LENGTH) {
      entry.analysis = Promise.resolve(finish({
        ...base,
        result: noResult(),
        skipped: `Shipshape does not analyse files over ${kb(MAX_LIVE_LENGTH)} while you edit (this one is ${kb(file.text.length)}).`,
      }));
    } else {
      entry.analysis = this.analyser(file, project, settings, doc.uri).then(
        (result) => {
          if (result.errors.length) this.onErrors(doc.uri, result.errors);
          return finish({ ...base, result });
        },
        (e: Error) => {
          if (e instanceof Superseded) {
            if (this.entries.get(doc.uri) === entry) this.entries.delete(doc.uri);
            throw e;
          }
          return finish({ ...base, result: noResult(), skipped: failedMessage(e) });
        },
      );
    }
    this.entries.set(doc.uri, entry);
    return entry.analysis;
  }

  /** The finished analysis of the document's current version, if any. */
  peek(doc: TextDocument): DocumentAnalysis | undefined {
    const hit = this.entries.get(doc.uri);
    return hit && hit.key === `${doc.version}@${this.generation}` ? hit.done : undefined;
  }
}
