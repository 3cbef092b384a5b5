/** The VS Code extension: starts the Shipshape language server over IPC and registers the commands. */
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands } from '../../server/src/protocol.js';
import { DOC_SCHEME, restartServer, ruleDocProvider, scanWorkspace, showRuleDoc } from './commands.js';
import { applyHardening, HARDEN_SCHEME, hardenContentProvider, hardenDockerfile } from './harden.js';
import { SecurityReportView } from './report.js';
import { documentSelector } from './selector.js';
import { createStatusItem } from './status.js';

let client: LanguageClient | undefined;

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
    // Harden plans are shown as a diff for review before anything is applied; registry
    // resolution (a networked feature) is never used in an untrusted workspace.
    initializationOptions: () => ({ reviewsHardening: true, workspaceTrusted: vscode.workspace.isTrusted }),
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
  const report = new SecurityReportView(getClient);

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
    report,
    vscode.commands.registerCommand(Commands.showSecurityReport, () => report.show()),
    // An opened file gets the server's live diagnostics; its scan results would repeat them.
    vscode.workspace.onDidOpenTextDocument((doc) => scanResults.delete(doc.uri)),
    createStatusItem(documentSelector),
    // The server learns of trust at start: granting it restarts the server.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void start()),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
