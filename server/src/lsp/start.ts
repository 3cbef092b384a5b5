/**
 * The language server's wiring: capabilities, handlers and document events.
 * The handlers live beside this file.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CODE_ACTION_KINDS, onCodeAction, onCodeActionResolve } from './codeActions.js';
import { budgetOf } from './analysis.js';
import { ServerContext } from './context.js';
import { onRuleDoc, showRuleDocOnClient } from './docs.js';
import { onHarden } from './harden.js';
import { onHover } from './hover.js';
import { DiagnosticsPublisher } from './publish.js';
import { onSecurityReport } from './report.js';
import { onScanWorkspace } from './scan.js';
import { SettingsStore } from './settings.js';
import { version } from '../../../package.json';
import { initEngine, rules } from '../engine/index.js';
import { Commands, HardenRequest, RuleDocRequest, ScanWorkspaceRequest, SecurityReportRequest, WATCHED_REGISTRATION_GLOB } from '../protocol.js';

/**
 * Starts the language server on this thread; `workerScript` is the bundle
 * the analysis workers run (see {@link ServerContext.useWorkers}).
 */
export function startServer(workerScript: string): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  let pushed: unknown;
  const settings: SettingsStore = new SettingsStore(async (uri: string): Promise<unknown> =>
    ctx.abilities.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'shipshape' }) : pushed);
  const ctx: ServerContext = new ServerContext(connection, documents, settings);
  const publisher = new DiagnosticsPublisher(ctx);
  ctx.onImagesResolved = (uri) => publisher.schedule(uri, 0);
  ctx.useWorkers(workerScript);

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    ctx.abilities = {
      configuration: !!caps.workspace?.configuration,
      documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
      createFiles: !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
      watchedFilesRegistration: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      configurationRegistration: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
      reviewsHardening: (params.initializationOptions as { reviewsHardening?: boolean } | undefined)?.reviewsHardening === true,
      workspaceTrusted: (params.initializationOptions as { workspaceTrusted?: boolean } | undefined)?.workspaceTrusted !== false,
      resolvesEdits: !!caps.textDocument?.codeAction?.dataSupport && !!caps.textDocument.codeAction.resolveSupport?.properties.includes('edit'),
    };
    ctx.budgetMs = budgetOf(params.initializationOptions);
    ctx.projects.setFolders((params.workspaceFolders ?? []).map((f) => f.uri).concat(!params.workspaceFolders && params.rootUri ? [params.rootUri] : []));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: true },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'shipshape', version },
    };
  });

  connection.onInitialized(() => {
    connection.console.info(`Shipshape ${version} language server started with ${rules.length} rules`);
    if (ctx.abilities.configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'shipshape' });
    if (ctx.abilities.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_REGISTRATION_GLOB }] });
    }
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      e.removed.forEach((f) => ctx.projects.removeFolder(f.uri));
      e.added.forEach((f) => ctx.projects.addFolder(f.uri));
      ctx.invalidate();
      publisher.scheduleAll();
    });
  });

  connection.onDidChangeConfiguration((change) => {
    pushed = (change.settings as { shipshape?: unknown } | null)?.shipshape ?? pushed;
    ctx.invalidate();
    publisher.scheduleAll(0);
    for (const doc of documents.all()) ctx.registry.request(doc.uri);
  });

  connection.onDidChangeWatchedFiles((e) => {
    const uris = e.changes.map((c) => c.uri);
    ctx.filesChanged(uris);
    publisher.scheduleDependents(...uris);
  });

  // TextDocuments fires onDidChangeContent right after onDidOpen for the same document.
  let opened: TextDocument | undefined;
  documents.onDidOpen((e) => {
    opened = e.document;
    publisher.scheduleDependents(e.document.uri);
    void publisher.publish(e.document.uri);
    ctx.registry.request(e.document.uri);
  });
  // Images are resolved on open and save, never while typing.
  documents.onDidSave((e) => ctx.registry.request(e.document.uri));
  documents.onDidChangeContent((e) => {
    if (e.document === opened) {
      opened = undefined;
      return;
    }
    publisher.scheduleDependents(e.document.uri);
    publisher.schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    publisher.close(e.document);
    ctx.registry.cancel(e.document.uri);
    // Its unsaved text no longer stands in for the file on disk.
    publisher.scheduleDependents(e.document.uri);
  });

  connection.onCodeAction((params) => onCodeAction(ctx, params));
  connection.onCodeActionResolve((action) => onCodeActionResolve(ctx, action));
  connection.onHover((params) => onHover(ctx, params));
  connection.onRequest(ScanWorkspaceRequest, (params) => onScanWorkspace(ctx, params));
  connection.onRequest(RuleDocRequest, onRuleDoc);
  connection.onRequest(HardenRequest, (params) => onHarden(ctx, params));
  connection.onRequest(SecurityReportRequest, (params) => onSecurityReport(ctx, params));
  connection.onExecuteCommand(async (params) => {
    if (params.command === Commands.showRuleDoc) await showRuleDocOnClient(connection, params.arguments?.[0]);
  });
  connection.onShutdown(() => {
    publisher.dispose();
    ctx.dispose();
    ctx.registry.dispose();
  });

  documents.listen(connection);
  connection.listen();
  // The first documents are analysed in this thread (see ServerContext.useWorkers): the shell parser loads while the client initializes.
  // A failure shows when an analysis awaits it.
  initEngine().catch(() => undefined);
}

