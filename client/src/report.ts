/**
 * "Shipshape: Show Security Report": the server's HTML report of the
 * workspace in a webview (its own Content-Security-Policy, no remote
 * resources, VS Code's theme colours), refreshed when a file is saved; an
 * evidence link clicked in it opens the file at the line.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SecurityReportRequest, type SecurityReportResult } from '../../server/src/protocol.js';
import { SCAN_EXCLUDE, SCAN_INCLUDE } from './selector.js';

/** The webview panel's type (also how tests find its tab). */
export const REPORT_VIEW_TYPE = 'shipshape.securityReport';
const SCAN_LIMIT = 20000;
const REFRESH_DELAY_MS = 300;

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: 32 }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
}

/** The title of the report's tab, with the score so a glance shows it. */
export function reportTitle(result: SecurityReportResult): string {
  return `Security Report${result.score === null ? '' : ` (${result.score}/100)`}`;
}

/** A message from the webview asking to open a file at a line, with a path inside `folder`. */
function evidenceTarget(folder: vscode.Uri, message: unknown): { uri: vscode.Uri; line: number } | undefined {
  const m = message as { command?: unknown; path?: unknown; line?: unknown } | null;
  if (!m || m.command !== 'open' || typeof m.path !== 'string' || typeof m.line !== 'number' || !Number.isInteger(m.line) || m.line < 1) return undefined;
  const parts = m.path.split('/');
  // Relative to the folder and inside it: the page cannot make the editor open anything else.
  if (m.path.startsWith('/') || /^[A-Za-z]:/.test(m.path) || parts.some((p) => p === '..' || p === '')) return undefined;
  return { uri: vscode.Uri.joinPath(folder, ...parts), line: m.line };
}

export class SecurityReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private folder: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.disposables.push(vscode.workspace.onDidSaveTextDocument(() => this.scheduleRefresh()));
  }

  /** `shipshape.showSecurityReport`: opens (or reveals) the panel and renders the report; returns what it showed. */
  async show(): Promise<SecurityReportResult | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) {
      void vscode.window.showWarningMessage('Shipshape: open a folder to see its security report.');
      return undefined;
    }
    this.folder = folder;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, 'Security Report', vscode.ViewColumn.Active, {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      }, undefined, this.disposables);
      this.panel.webview.onDidReceiveMessage((m) => this.openEvidence(m), undefined, this.disposables);
    } else {
      this.panel.reveal();
    }
    return this.refresh();
  }

  private scheduleRefresh(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<SecurityReportResult | undefined> {
    const panel = this.panel;
    const folder = this.folder;
    const client = this.getClient();
    if (!panel || !folder) return undefined;
    if (!client?.isRunning()) {
      void vscode.window.showWarningMessage('Shipshape: the language server is not running.');
      return undefined;
    }
    const uris = await vscode.workspace.findFiles(SCAN_INCLUDE, SCAN_EXCLUDE, SCAN_LIMIT);
    const result = await client.sendRequest(SecurityReportRequest, {
      uris: uris.map((u) => u.toString()).sort(),
      baseUri: folder.toString(),
      format: 'html',
      webview: { nonce: nonce(), cspSource: panel.webview.cspSource },
    });
    if (this.panel !== panel) return result;
    panel.title = reportTitle(result);
    panel.webview.html = result.content;
    return result;
  }

  private async openEvidence(message: unknown): Promise<void> {
    const target = this.folder && evidenceTarget(this.folder, message);
    if (!target) return;
    const position = new vscode.Position(target.line - 1, 0);
    try {
      await vscode.window.showTextDocument(target.uri, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(position, position) });
    } catch (e) {
      void vscode.window.showWarningMessage(`Shipshape: cannot open ${vscode.workspace.asRelativePath(target.uri)}: ${(e as Error).message}`);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
