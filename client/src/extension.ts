/** The VS Code extension: starts the Shipshape language server over IPC and registers the commands. */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, ErrorCodes, LanguageClient, ResponseError, RevealOutputChannelOn, TransportKind, type ErrorHandler, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import { Commands } from '../../server/src/protocol.js';
import { DOC_SCHEME, restartServer, ruleDocProvider, scanWorkspace, showRuleDoc } from './commands.js';
import { applyHardening, discardHardening, HARDEN_SCHEME, hardenContentProvider, hardenDockerfile } from './harden.js';
import { SecurityReportView } from './report.js';
import { ScanResults } from './scan.js';
import { documentSelector } from './selector.js';
import { createStatusItem } from './status.js';

let client: LanguageClient | undefined;
/** Set once the window closes or reloads: requests the editor still makes then get no answer instead of an error. */
let stopping = false;
/** The Output channel outlives the client: the client writes to it while it stops. */
let output: vscode.LogOutputChannel | undefined;

/**
 * Whether an error only says the server connection is gone: the editor still
 * asks for hovers and code actions while the window reloads, after the server
 * has stopped; they get no answer, not a "provider FAILED" in the log.
 */
function isGone(e: unknown): boolean {
  if (e instanceof ResponseError && e.code === ErrorCodes.ConnectionInactive) return true;
  const message = (e as Error)?.message ?? '';
  return /^(Client is not running|Starting server failed|Previous start failed)|Connection is (closed|disposed)|connection got disposed|Channel has been closed/.test(message);
}

async function unlessGone<T>(request: () => vscode.ProviderResult<T>): Promise<T | null | undefined> {
  try {
    return await request();
  } catch (e) {
    if (stopping || isGone(e)) return undefined;
    throw e;
  }
}

/** Hovers and code actions the editor asks for while the connection closes resolve to nothing. */
const middleware: Middleware = {
  provideHover: (document, position, token, next) => unlessGone(() => next(document, position, token)),
  provideCodeActions: (document, range, context, token, next) => unlessGone(() => next(document, range, context, token)),
};

/** Restarts of a crashed server allowed within {@link RESTART_WINDOW_MS}, before it is left stopped. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

/**
 * Restarts a server that stopped unexpectedly (a bounded number of times)
 * and tells the person once per session, not on every restart.
 */
function restartingErrorHandler(output: vscode.LogOutputChannel): ErrorHandler {
  const restarts: number[] = [];
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        output.error(`The Shipshape language server stopped ${MAX_RESTARTS + 1} times in ${RESTART_WINDOW_MS / 60_000} minutes and was not restarted again.`);
        return { action: CloseAction.DoNotRestart, message: 'Shipshape: the language server keeps stopping and was not restarted. Run "Shipshape: Restart Language Server" to try again; the Shipshape output has details.' };
      }
      restarts.push(now);
      output.warn('The Shipshape language server stopped unexpectedly; restarting it.');
      if (!told) {
        told = true;
        void vscode.window.showInformationMessage('Shipshape: the language server stopped unexpectedly and was restarted.');
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  stopping = false;
  output = vscode.window.createOutputChannel('Shipshape', { log: true });
  const log = output;
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: log,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    diagnosticCollectionName: 'shipshape',
    middleware,
    // Harden plans are shown as a diff for review before anything is applied; registry
    // resolution (a networked feature) is never used in an untrusted workspace.
    initializationOptions: () => ({ reviewsHardening: true, workspaceTrusted: vscode.workspace.isTrusted }),
    errorHandler: restartingErrorHandler(log),
  };
  const start = async () => {
    // A client whose server failed to start is replaced, not reused.
    await client?.dispose().catch(() => undefined);
    client = new LanguageClient('shipshape', 'Shipshape', serverOptions, clientOptions);
    try {
      await client.start();
    } catch (e) {
      log.error(`The Shipshape language server did not start: ${(e as Error)?.stack ?? e}`);
      void vscode.window.showErrorMessage('Shipshape: the language server did not start. See the Shipshape output for details.');
    }
  };
  const getClient = () => client;
  const report = new SecurityReportView(getClient);
  const scanResults = new ScanResults(getClient);

  context.subscriptions.push(
    scanResults,
    vscode.workspace.registerTextDocumentContentProvider(DOC_SCHEME, ruleDocProvider(getClient)),
    vscode.commands.registerCommand(Commands.showRuleDoc, showRuleDoc()),
    vscode.commands.registerCommand(Commands.restartServer, restartServer(getClient, start)),
    vscode.commands.registerCommand(Commands.scanWorkspace, scanWorkspace(getClient, scanResults, log)),
    vscode.workspace.registerTextDocumentContentProvider(HARDEN_SCHEME, hardenContentProvider()),
    vscode.commands.registerCommand(Commands.hardenDockerfile, hardenDockerfile(getClient, log)),
    vscode.commands.registerCommand(Commands.applyHardening, applyHardening(log)),
    vscode.commands.registerCommand(Commands.discardHardening, discardHardening(log)),
    report,
    vscode.commands.registerCommand(Commands.showSecurityReport, () => report.show()),
    createStatusItem(documentSelector, getClient),
    // The server learns of trust at start: granting it restarts the server.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void start()),
  );
  await start();
}

/** Stops the server first, then closes the Output channel it logs to while stopping. */
export async function deactivate(): Promise<void> {
  stopping = true;
  const running = client;
  client = undefined;
  try {
    await running?.stop();
  } catch {
    // the server is gone already (e.g. the window is reloading): nothing to stop
  }
  output?.dispose();
  output = undefined;
}
