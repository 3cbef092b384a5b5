/** Helpers for the integration suite: open workspace files, wait for Shipshape's diagnostics, run providers. */
import * as vscode from 'vscode';

/** How long one wait for the editor may take before the test fails with what it saw. */
const WAIT_MS = 45_000;

/** The URI of a file of the opened test workspace (a temp copy of test/workspace). */
export function wsUri(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, rel);
}

/** Opens a workspace file in an editor. */
export async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Closes every editor, dropping unsaved changes, so the next test starts from the files on disk. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty && doc.uri.scheme === 'file') {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The diagnostics Shipshape's language server published for a file. */
export function shipshape(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'shipshape');
}

/** The rule id a diagnostic carries as its code. */
export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c ? String(c.value) : String(c);
}

/** `id line:col-line:col` (1-based lines and columns) of each diagnostic, sorted: what a person sees in Problems. */
export function brief(diags: readonly vscode.Diagnostic[]): string[] {
  return diags
    .map((d) => `${codeOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`)
    .sort();
}

/**
 * Whether the diagnostics were computed for the text the open document has now: the server stamps each with the
 * document version it analysed (in `data`), so stale diagnostics of an older text are never taken for new ones.
 */
function isCurrent(uri: vscode.Uri, diags: readonly vscode.Diagnostic[]): boolean {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc) return true;
  return diags.every((d) => {
    const version = (d as { data?: { version?: unknown } }).data?.version;
    return typeof version !== 'number' || version === doc.version;
  });
}

/**
 * Resolves with Shipshape's current diagnostics for `uri` once `ready` accepts them, checking now and then on every
 * `languages.onDidChangeDiagnostics` event for that file; rejects after a generous limit with what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (diags: vscode.Diagnostic[]) => boolean,
  what = 'the expected diagnostics',
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diags = shipshape(uri);
      if (!isCurrent(uri, diags) || !ready(diags)) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(diags);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; last seen: ${JSON.stringify(brief(shipshape(uri)))}`));
    }, WAIT_MS);
    check();
  });
}

/** Waits until the file has a diagnostic of rule `id` (and returns all of Shipshape's diagnostics). */
export function waitForRule(uri: vscode.Uri, id: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === id), `a ${id} diagnostic`);
}

/** Waits until the file has no diagnostic of rule `id`. */
export function waitForNoRule(uri: vscode.Uri, id: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === id), `no ${id} diagnostic`);
}

/** The single diagnostic of rule `id`. */
export function only(diags: readonly vscode.Diagnostic[], id: string): vscode.Diagnostic {
  const found = diags.filter((d) => codeOf(d) === id);
  if (found.length !== 1) throw new Error(`expected one ${id} diagnostic, got ${found.length}: ${JSON.stringify(brief(diags))}`);
  return found[0];
}

/** How many of the actions `vscode.executeCodeActionProvider` resolves: all of them. */
const RESOLVE_ALL = 1_000;

/**
 * Code actions at a range, as VS Code's lightbulb asks for them, resolved as
 * VS Code resolves the one a person chooses (the server sends edits on
 * `codeAction/resolve`).
 */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, range, kind, RESOLVE_ALL);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || 'diagnostics' in a);
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) throw new Error(`the edit of "${action.title}" was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The Markdown of every hover at a position, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Resolves when a document matching `test` is opened (or is already open). */
export function documentOpened(test: (doc: vscode.TextDocument) => boolean): Promise<vscode.TextDocument> {
  const open = vscode.workspace.textDocuments.find(test);
  if (open) return Promise.resolve(open);
  return new Promise((resolve, reject) => {
    const sub = vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!test(doc)) return;
      sub.dispose();
      clearTimeout(timer);
      resolve(doc);
    });
    const timer = setTimeout(() => { sub.dispose(); reject(new Error('timed out waiting for a document to open')); }, WAIT_MS);
  });
}

/** The activated Shipshape extension. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension('shipshape.shipshape');
  if (!ext) throw new Error('the Shipshape extension is not installed in this window');
  await ext.activate();
  return ext;
}
