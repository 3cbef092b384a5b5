/** The VS Code extension: starts the Shipshape language server over IPC and registers the commands. */
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands } from '../../server/src/protocol.js';
import { DOC_SCHEME, restartServer, ruleDocProvider, scanWorkspace, showRuleDoc } from './commands.js';
import { applyHardening, discardHardening, HARDEN_SCHEME, hardenContentProvider, hardenDockerfile } from './harden.js';
import { ScanResults } from './scan.js';
import { documentSelector } from './selector.js';
import { createStatusItem } from './status.js';

let client: LanguageClient | undefined;
/** The Output channel outlives the client: the client writes to it while it stops. */
let output: vscode.LogOutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
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
    // Harden plans are shown as a diff for review before anything is applied.
    initializationOptions: { reviewsHardening: true },
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
    createStatusItem(documentSelector, getClient),
  );
  await start();
}

/** Stops the server first, then closes the Output channel it logs to while stopping. */
export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  try {
    await stopping?.stop();
  } catch {
    // the server is gone already (e.g. the window is reloading): nothing to stop
  }
  output?.dispose();
  output = undefined;
}
