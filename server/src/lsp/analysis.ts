/**
 * Analysis of open documents, memoized by URI, version and a generation that
 * changes whenever settings or the files around a document change.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type AnalysisResult, analyze, type ProjectView, type Settings, type SourceFile } from '../engine/index.js';
import { uriToPath } from './paths.js';

/** A document's analysis and the source it was computed from. */
export interface DocumentAnalysis {
  uri: string;
  version: number;
  file: SourceFile;
  result: AnalysisResult;
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

interface Entry {
  key: string;
  analysis: DocumentAnalysis;
}

/** Memoized analysis of documents. */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  /**
   * @param onErrors called once per new analysis whose rules failed (for the log).
   */
  constructor(private readonly onErrors: (uri: string, errors: AnalysisResult['errors']) => void = () => {}) {}

  /** Invalidates every cached analysis (settings or project files changed). */
  invalidate(): void {
    this.generation++;
  }

  /** Forgets a closed document. */
  drop(uri: string): void {
    this.entries.delete(uri);
  }

  /** The analysis of the document's current version under these settings. */
  get(doc: TextDocument, project: ProjectView, settings: Settings): DocumentAnalysis {
    const key = `${doc.version}@${this.generation}`;
    const hit = this.entries.get(doc.uri);
    if (hit && hit.key === key) return hit.analysis;
    const file: SourceFile = { path: uriToPath(doc.uri), text: doc.getText(), languageId: doc.languageId };
    let analysis: DocumentAnalysis;
    if (file.text.length > MAX_LIVE_LENGTH) {
      const kb = (n: number) => `${Math.round(n / 1024)} KB`;
      const result: AnalysisResult = { findings: [], errors: [], spanOf: (line) => ({ start: line, end: line }) };
      analysis = { uri: doc.uri, version: doc.version, file, result, skipped: `Shipshape does not analyse files over ${kb(MAX_LIVE_LENGTH)} while you edit (this one is ${kb(file.text.length)}).` };
    } else {
      const result = analyze(file, project, settings, { timeBudgetMs: LIVE_BUDGET_MS });
      if (result.errors.length) this.onErrors(doc.uri, result.errors);
      analysis = { uri: doc.uri, version: doc.version, file, result };
    }
    this.entries.set(doc.uri, { key, analysis });
    return analysis;
  }

  /** The cached analysis of the document's current version, if any. */
  peek(doc: TextDocument): DocumentAnalysis | undefined {
    const hit = this.entries.get(doc.uri);
    return hit && hit.key === `${doc.version}@${this.generation}` ? hit.analysis : undefined;
  }
}
