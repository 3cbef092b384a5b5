/** The language server's state, shared by the handlers: documents, settings, projects and analyses. */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isAbsolute } from 'node:path';
import { loadConfig } from '../config/load.js';
import { initEngine, type ProjectView, type Settings } from '../engine/index.js';
import { AnalysisCache, type DocumentAnalysis } from './analysis.js';
import { uriToPath } from './paths.js';
import { Projects } from './project.js';
import { RegistryFeature } from './registry.js';
import { mergeSettings, type SettingsStore } from './settings.js';

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
    }, (ref, platform) => this.registry.lookup(ref, platform));
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

  /** The analysis of a document's current version, or undefined when Shipshape is disabled for it. */
  async analysisOf(doc: TextDocument): Promise<DocumentAnalysis | undefined> {
    await initEngine();
    const path = uriToPath(doc.uri);
    const project = this.projects.viewFor(path);
    const settings = await this.settingsFor(doc.uri, path, project);
    if (!settings) return undefined;
    return this.cache.get(this.documents.get(doc.uri) ?? doc, project, settings);
  }

  /** Called when registry resolution learnt something for a document (the server wires it to re-publishing). */
  onImagesResolved: (uri: string) => void = () => {};

  /** Settings or files around the documents changed: analyses are stale. */
  invalidate(): void {
    this.settings.clear();
    this.cache.invalidate();
  }
}
