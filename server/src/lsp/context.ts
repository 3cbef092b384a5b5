/** The language server's state, shared by the handlers: documents, settings, projects and analyses. */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { initEngine } from '../engine/init.js';
import { AnalysisCache, type DocumentAnalysis } from './analysis.js';
import { uriToPath } from './paths.js';
import { Projects } from './project.js';
import type { SettingsStore } from './settings.js';

/** What the client told the server it can do. */
export interface ClientAbilities {
  configuration: boolean;
  documentChanges: boolean;
  createFiles: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
}

export class ServerContext {
  readonly cache: AnalysisCache;
  readonly projects: Projects;
  abilities: ClientAbilities = {
    configuration: false,
    documentChanges: false,
    createFiles: false,
    watchedFilesRegistration: false,
    configurationRegistration: false,
  };

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly settings: SettingsStore,
  ) {
    this.cache = new AnalysisCache((uri, errors) => {
      for (const e of errors) connection.console.error(`${uri}: rule ${e.ruleId} failed: ${e.message}`);
    });
    this.projects = new Projects(() => {
      const texts = new Map<string, string>();
      for (const doc of documents.all()) if (doc.uri.startsWith('file:')) texts.set(uriToPath(doc.uri), doc.getText());
      return texts;
    });
  }

  /** The analysis of a document's current version, or undefined when Shipshape is disabled for it. */
  async analysisOf(doc: TextDocument): Promise<DocumentAnalysis | undefined> {
    await initEngine();
    const { enable, settings } = await this.settings.get(doc.uri);
    if (!enable) return undefined;
    const current = this.documents.get(doc.uri) ?? doc;
    return this.cache.get(current, this.projects.viewFor(uriToPath(current.uri)), settings);
  }

  /** Settings or files around the documents changed: analyses are stale. */
  invalidate(): void {
    this.settings.clear();
    this.cache.invalidate();
  }
}
