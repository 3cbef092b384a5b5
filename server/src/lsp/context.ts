/** The language server's state, shared by the handlers: documents, settings, projects and analyses. */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isAbsolute } from 'node:path';
import { loadConfig } from '../config/load.js';
import { analyze, type AnalysisResult, BUDGET_ID, type Finding, type Fix, initEngine, type ProjectView, type Range, type Settings, type SourceFile } from '../engine/index.js';
import { AnalysisCache, analyseHere, type DocumentAnalysis, LIVE_BUDGET_MS, type LiveResult } from './analysis.js';
import { uriToPath } from './paths.js';
import { Projects } from './project.js';
import { RegistryFeature } from './registry.js';
import { mergeSettings, type SettingsStore } from './settings.js';
import { Hung, type Job, type OpenText, type RemoteFinding, Superseded, WorkerPool } from './worker.js';

/** What the client told the server it can do. */
export interface ClientAbilities {
  configuration: boolean;
  documentChanges: boolean;
  createFiles: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
  /** The client shows harden plans as a diff for review (VS Code), so the code action is a command. */
  reviewsHardening: boolean;
  /** The workspace is trusted (VS Code's workspace trust; editors without it are trusted). Networked features need it. */
  workspaceTrusted?: boolean;
  /** The client resolves a code action's edit when it is chosen (`codeAction/resolve`), so actions are sent without edits. */
  resolvesEdits?: boolean;
}

export class ServerContext {
  readonly cache: AnalysisCache;
  readonly projects: Projects;
  /** Time the rules may take on one document (see {@link budgetOf}). */
  budgetMs = LIVE_BUDGET_MS;
  abilities: ClientAbilities = {
    configuration: false,
    documentChanges: false,
    createFiles: false,
    watchedFilesRegistration: false,
    configurationRegistration: false,
    reviewsHardening: false,
    workspaceTrusted: true,
  };
  /** Opt-in registry resolution of the documents' images. */
  readonly registry: RegistryFeature;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly settings: SettingsStore,
  ) {
    // A failing rule is logged once (with its id and the first file it failed on), not on every keystroke.
    const logged = new Set<string>();
    this.cache = new AnalysisCache((uri, errors) => {
      for (const e of errors) {
        if (logged.has(e.ruleId)) continue;
        logged.add(e.ruleId);
        connection.console.error(`${uri}: rule ${e.ruleId} failed (its other findings still publish; logged once): ${e.message}`);
      }
    });
    this.projects = new Projects(() => {
      const texts = new Map<string, string>();
      for (const doc of documents.all()) if (doc.uri.startsWith('file:')) texts.set(uriToPath(doc.uri), doc.getText());
      return texts;
    }, (ref, platform) => this.registry.lookup(ref, platform), (ref, platform) => this.registry.platforms(ref, platform));
    this.registry = new RegistryFeature(this, (uri) => this.onImagesResolved(uri));
  }

  /**
   * The settings a file is analysed with: the project's configuration files
   * under the editor's settings for `scopeUri`; undefined when Shipshape is
   * disabled for it or the configuration ignores the file.
   */
  async settingsFor(scopeUri: string, path: string, project: ProjectView): Promise<Settings | undefined> {
    const editor = await this.settings.get(scopeUri);
    if (!editor.enable) return undefined;
    // Unsaved buffers (`untitled:`) have no folder to look for configuration in.
    if (!isAbsolute(path)) return editor.settings;
    let fromFiles: Settings | undefined;
    try {
      const config = loadConfig(path, project);
      if (config.isIgnored(path)) return undefined;
      fromFiles = config.settings;
    } catch (e) {
      this.connection.console.error(`${path}: configuration failed to load: ${(e as Error)?.stack ?? e}`);
    }
    return mergeSettings(fromFiles, editor.settings);
  }

  /**
   * The analysis of a document's current version, or undefined when Shipshape
   * is disabled for it. Rejects with {@link Superseded} when a newer version
   * of the document replaced it in the queue (its own run publishes that one).
   */
  async analysisFor(doc: TextDocument): Promise<DocumentAnalysis | undefined> {
    const path = uriToPath(doc.uri);
    const project = this.projects.viewFor(path);
    const settings = await this.settingsFor(doc.uri, path, project);
    if (!settings) return undefined;
    return await this.cache.get(this.documents.get(doc.uri) ?? doc, project, settings);
  }

  /**
   * The analysis of a document's current version for a request; undefined
   * when disabled or superseded (the client asks again). Requests read the
   * syntax tree, which this thread parses itself (see {@link remoteResult}).
   */
  async analysisOf(doc: TextDocument): Promise<DocumentAnalysis | undefined> {
    await initEngine();
    try {
      return await this.analysisFor(doc);
    } catch (e) {
      if (e instanceof Superseded) return undefined;
      throw e;
    }
  }

  /** The worker threads live analysis runs in, once {@link useWorkers} was called. */
  private pool: WorkerPool | undefined;

  /**
   * Analyses documents in worker threads running `script` (the server bundle)
   * from now on, so the message loop stays free; hover, code actions and
   * harden parse the document again in this thread when they need its syntax
   * tree. Documents whose images registry resolution knows about are still
   * analysed here (the facts live in this thread).
   *
   * Except at start: a worker thread takes longer to start (Node's own
   * start-up, the bundle, the engine: about 150 ms) than this thread takes to
   * analyse a document, so the first document is analysed here, watched as
   * a worker is (one that hangs is stopped after the same time). Once it is
   * answered the first worker starts and warms up with the same document, so
   * it has that document's analysis to reuse; every later analysis goes to
   * the workers (the edits made meanwhile wait for it, and coalesce).
   */
  useWorkers(script: string, options: { size?: number; hangMs?: number } = {}): void {
    /** Whether documents are analysed here: until the first one is answered. */
    let here = true;
    const pool = new WorkerPool({
      script,
      ...options,
      log: (m) => this.connection.console.error(m),
      onWarm: (ms) => this.connection.console.info(`Analysis worker ready in ${Math.round(ms)} ms`),
      openTexts: () => {
        const out: OpenText[] = [];
        for (const doc of this.documents.all()) if (doc.uri.startsWith('file:')) out.push({ path: uriToPath(doc.uri), version: doc.version, text: doc.getText() });
        return out;
      },
    });
    this.pool = pool;
    this.cache.analyser = async (file, project, settings, uri) => {
      if (this.registry.active) return analyseHere(this.budgetMs)(file, project, settings, uri);
      const job: Job = { uri, file, root: project.root, settings, budgetMs: this.budgetMs, cacheDisk: this.abilities.watchedFilesRegistration };
      if (here) {
        let hung = false;
        try {
          return await analyseHere(this.budgetMs, pool.hangAfter(this.budgetMs))(file, project, settings, uri);
        } catch (e) {
          hung = e instanceof Hung;
          throw e;
        } finally {
          here = false;
          // Once this answer is sent; the worker warms up with the same document (unless it hung here).
          setImmediate(() => pool.prestart(hung ? undefined : job));
        }
      }
      const reply = await pool.analyse(job);
      return remoteResult(file, project, settings, reply, reply.fixes);
    };
  }

  /** Whether documents are analysed in worker threads. */
  get offThread(): boolean {
    return this.pool !== undefined;
  }

  /** Files changed on disk (the client's file-watcher events): what the workers read of them is stale. */
  filesChanged(uris: readonly string[] | 'all'): void {
    this.pool?.filesChanged(uris === 'all' ? 'all' : uris.filter((u) => u.startsWith('file:')).map(uriToPath));
  }

  dispose(): void {
    this.pool?.dispose();
  }

  /** Called when registry resolution learnt something for a document (the server wires it to re-publishing). */
  onImagesResolved: (uri: string) => void = () => {};

  /** Settings or files around the documents changed: analyses are stale. */
  invalidate(): void {
    this.settings.clear();
    this.cache.invalidate();
    this.filesChanged('all');
  }
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** The fixes of a worker's finding until they are fetched: one getter for all findings (a closure each kept more of every analysis alive). */
const FIXES_NOT_FETCHED: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(): never {
    throw new Error('the fixes of a worker analysis are read after fixesReady()');
  },
};

/**
 * An analysis made in a worker, as this thread uses it: the findings as they
 * came, and the syntax tree (hover, harden) and suppression spans (the
 * "Disable for this line" edit) from parsing the text again here, once, when
 * first asked. The rules do not run again.
 *
 * The findings came without their fixes. {@link LiveResult.fixesReady} asks
 * `fetchFixes` (the worker that made the analysis) for them once; when that
 * worker no longer has this analysis (it made a newer one, or was replaced),
 * this thread analyses the same text again and takes the fixes of the same
 * findings, or none when its findings differ. Reading a finding's `fixes`
 * before that is a programming error and throws.
 */
export function remoteResult(
  file: SourceFile,
  project: ProjectView,
  settings: Settings,
  reply: { kind: AnalysisResult['kind']; findings: RemoteFinding[]; errors: AnalysisResult['errors'] },
  fetchFixes?: () => Promise<Fix[][] | undefined>,
): LiveResult {
  let parsed: AnalysisResult | undefined;
  const local = () => (parsed ??= analyze(file, project, settings, { only: [] }));
  const findings = reply.findings as Finding[];
  for (const f of findings) Object.defineProperty(f, 'fixes', FIXES_NOT_FETCHED);
  const here = (): Fix[][] => {
    // An analysis the budget cut short is not repeated here without one: its findings could not match.
    if (findings.some((f) => f.ruleId === BUDGET_ID)) return findings.map(() => []);
    const full = analyze(file, project, settings);
    parsed ??= full;
    const again = full.findings;
    const same = again.length === findings.length
      && again.every((g, i) => g.ruleId === findings[i].ruleId && g.message === findings[i].message && sameRange(g.range, findings[i].range));
    return same ? again.map((g) => g.fixes) : findings.map(() => []);
  };
  const load = async () => {
    let lists = await fetchFixes?.().catch(() => undefined);
    if (!lists || lists.length !== findings.length) {
      await initEngine();
      lists = here();
    }
    findings.forEach((f, i) => Object.defineProperty(f, 'fixes', { value: lists[i], enumerable: true, writable: true, configurable: true }));
  };
  let ready: Promise<void> | undefined;
  return {
    kind: reply.kind,
    findings,
    errors: reply.errors,
    get model() {
      return local().model;
    },
    spanOf: (line) => local().spanOf(line),
    fixesReady: () => (ready ??= load()),
  };
}
