/**
 * What "Scan Workspace" found, kept steady in Problems: a file that is not
 * open shows its scan findings; opening it hands over to the server's live
 * diagnostics; closing it brings the scan findings back (re-scanned when the
 * file was saved meanwhile); a change on disk re-scans it; turning
 * `shipshape.enable` off clears them.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ScanWorkspaceRequest } from '../../server/src/protocol.js';
import { SCAN_INCLUDE } from './selector.js';

/** Whether the Problems view lists a diagnostic (it does not list hints), so counts agree with it. */
export function isListed(d: vscode.Diagnostic): boolean {
  return d.severity !== vscode.DiagnosticSeverity.Hint;
}

/** One scanned file: whether Shipshape analysed it, and what it found. */
export interface ScannedFile {
  uri: vscode.Uri;
  analysed: boolean;
  diagnostics: vscode.Diagnostic[];
}

export class ScanResults implements vscode.Disposable {
  /** The last scan's findings by file, open files included (they show only while the file is closed). */
  private readonly found = new Map<string, vscode.Diagnostic[]>();
  private readonly collection = vscode.languages.createDiagnosticCollection('shipshape-scan');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    const watcher = vscode.workspace.createFileSystemWatcher(SCAN_INCLUDE);
    const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    this.subscriptions.push(
      this.collection,
      watcher,
      // An opened file gets the server's live diagnostics; its scan results would repeat them.
      vscode.workspace.onDidOpenTextDocument((doc) => this.collection.delete(doc.uri)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.show(doc.uri)),
      // What was saved is what is on disk now: scan it (the server reads the open buffer, which is the saved text).
      vscode.workspace.onDidSaveTextDocument((doc) => void this.rescan(doc.uri)),
      watcher.onDidChange((uri) => { if (!isOpen(uri)) void this.rescan(uri); }),
      watcher.onDidCreate((uri) => { if (!isOpen(uri)) void this.rescan(uri); }),
      watcher.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('shipshape.enable')) return;
        for (const key of [...this.found.keys()]) {
          const uri = vscode.Uri.parse(key);
          if (vscode.workspace.getConfiguration('shipshape', uri).get<boolean>('enable') === false) this.forget(uri);
        }
      }),
    );
  }

  /** Forgets every result (a new scan starts, or the server was disabled). */
  clear(): void {
    this.found.clear();
    this.collection.clear();
  }

  /** Whether a scan has results for the file. */
  has(uri: vscode.Uri): boolean {
    return this.found.has(uri.toString());
  }

  /** Scans files with the server, keeps what it found and shows it for the files that are not open. */
  async scan(client: LanguageClient, uris: vscode.Uri[], token?: vscode.CancellationToken): Promise<ScannedFile[]> {
    const result = await client.sendRequest(ScanWorkspaceRequest, { uris: uris.map((u) => u.toString()) }, token);
    const out: ScannedFile[] = [];
    for (const file of result?.files ?? []) {
      const uri = vscode.Uri.parse(file.uri);
      const diagnostics = await client.protocol2CodeConverter.asDiagnostics(file.diagnostics);
      out.push({ uri, analysed: !!file.kind, diagnostics });
      if (!file.kind) {
        this.forget(uri);
        continue;
      }
      this.found.set(uri.toString(), diagnostics);
      this.show(uri);
    }
    return out;
  }

  /** Scans one file again if an earlier scan covered it. */
  private async rescan(uri: vscode.Uri): Promise<void> {
    const client = this.getClient();
    if (!this.has(uri) || !client?.isRunning()) return;
    try {
      await this.scan(client, [uri]);
    } catch {
      // the server stopped meanwhile: the previous results stay until the next scan
    }
  }

  /** Shows the kept results of a file that is not open. */
  private show(uri: vscode.Uri): void {
    const diagnostics = this.found.get(uri.toString());
    if (!diagnostics || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    this.collection.set(uri, diagnostics);
  }

  private forget(uri: vscode.Uri): void {
    this.found.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
