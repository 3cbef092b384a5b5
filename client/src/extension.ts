/** The VS Code extension: starts the Shipshape language server over IPC and registers the commands. */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, RevealOutputChannelOn, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands } from '../../server/src/protocol.js';
import { DOC_SCHEME, restartServer, ruleDocProvider, scanWorkspace, showRuleDoc } from './commands.js';
import { applyHardening, HARDEN_SCHEME, hardenContentProvider, hardenDockerfile } from './harden.js';
import { documentSelector } from './selector.js';
import { createStatusItem } from './status.js';

let client: LanguageClient | undefined;

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
  const output = vscode.window.createOutputChannel('Shipshape', { log: true });
  const scanResults = vscode.languages.createDiagnosticCollection('shipshape-scan');
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    diagnosticCollectionName: 'shipshape',
    // Harden plans are shown as a diff for review before anything is applied.
    initializationOptions: { reviewsHardening: true },
    errorHandler: restartingErrorHandler(output),
  };
  const start = async () => {
    // A client whose server failed to start is replaced, not reused.
    await client?.dispose().catch(() => undefined);
    client = new LanguageClient('shipshape', 'Shipshape', serverOptions, clientOptions);
    try {
      await client.start();
    } catch (e) {
      output.error(`The Shipshape language server did not start: ${(e as Error)?.stack ?? e}`);
      void vscode.window.showErrorMessage('Shipshape: the language server did not start. See the Shipshape output for details.');
    }
  };
  const getClient = () => client;

  context.subscriptions.push(
    output,
    scanResults,
    vscode.workspace.registerTextDocumentContentProvider(DOC_SCHEME, ruleDocProvider(getClient)),
    vscode.commands.registerCommand(Commands.showRuleDoc, showRuleDoc()),
    vscode.commands.registerCommand(Commands.restartServer, restartServer(getClient, start)),
    vscode.commands.registerCommand(Commands.scanWorkspace, scanWorkspace(getClient, scanResults)),
    vscode.workspace.registerTextDocumentContentProvider(HARDEN_SCHEME, hardenContentProvider()),
    vscode.commands.registerCommand(Commands.hardenDockerfile, hardenDockerfile(getClient)),
    vscode.commands.registerCommand(Commands.applyHardening, applyHardening()),
    // An opened file gets the server's live diagnostics; its scan results would repeat them.
    vscode.workspace.onDidOpenTextDocument((doc) => scanResults.delete(doc.uri)),
    createStatusItem(documentSelector),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
