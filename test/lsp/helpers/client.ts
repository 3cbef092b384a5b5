/**
 * A plain JSON-RPC language client for tests: builds the server bundle once,
 * spawns it over stdio and records what it publishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ConfigurationItem,
  type FileEvent,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
} from 'vscode-languageserver-protocol/node';
import { BUNDLE_ALIAS } from '../../helpers/bundle.js';

const ROOT = resolve(__dirname, '../../..');
let built: string | undefined;

/** Temporary directories of this test process, removed when it exits. */
const temporary: string[] = [];
process.on('exit', () => temporary.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

/**
 * Bundles the server as esbuild.mjs does for dist/ (server.js starting
 * language-server.js through the code cache), into a private directory so
 * concurrent builds of dist/ cannot race the tests.
 */
export async function buildServer(): Promise<string> {
  if (built) return built;
  // <tmp>/dist/server.js beside a copy of bin/, as in the package.
  const root = tempDir('shipshape-lsp-');
  const out = join(root, 'dist');
  mkdirSync(out);
  mkdirSync(join(root, 'bin'));
  copyFileSync(join(ROOT, 'bin/shipshape-lsp.js'), join(root, 'bin/shipshape-lsp.js'));
  const require = createRequire(join(ROOT, 'package.json'));
  copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), join(out, 'tree-sitter.wasm'));
  copyFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'), join(out, 'tree-sitter-bash.wasm'));
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { server: 'server/src/boot.ts', 'language-server': 'server/src/server.ts' },
    supported: { 'dynamic-import': false },
    outdir: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    loader: { '.md': 'text' },
    alias: BUNDLE_ALIAS,
    logLevel: 'error',
  });
  built = join(out, 'server.js');
  return built;
}

/** The capabilities of a client like VS Code, as far as the server looks at them. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

/** A temporary workspace folder with the given files. */
export function makeWorkspace(files: Record<string, string>): { dir: string; uri(name: string): string } {
  const dir = tempDir('shipshape-ws-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).href };
}

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** Workspace folder path. */
  folder?: string;
  /** Answers `workspace/configuration` items (default: no settings). */
  configuration?: (item: ConfigurationItem) => unknown;
  /** Start the server through bin/shipshape-lsp.js with these arguments instead of `dist/server.js --stdio`. */
  bin?: string[];
  /** `initializationOptions` of the initialize request. */
  initializationOptions?: unknown;
  /** Options of node itself (before the script), e.g. `--require` of a test preload. */
  nodeArgs?: string[];
}

export class TestClient {
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Registrations the server asked for. */
  readonly registrations: Registration[] = [];
  /** Configuration items the server asked for. */
  readonly configurationRequests: ConfigurationItem[] = [];
  /** Log and console messages of the server. */
  readonly logs: string[] = [];
  stderr = '';
  initializeResult!: InitializeResult;
  configuration: (item: ConfigurationItem) => unknown;
  private waiters: { test(p: PublishDiagnosticsParams): boolean; resolve(p: PublishDiagnosticsParams): void }[] = [];
  private logWaiters: { test: RegExp; resolve(line: string): void }[] = [];
  readonly exited: Promise<number | null>;

  private constructor(readonly proc: ChildProcess, readonly connection: ProtocolConnection, opts: StartOptions) {
    this.configuration = opts.configuration ?? (() => null);
    proc.stderr!.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((res) => proc.on('exit', (code) => res(code)));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    connection.onNotification('window/logMessage', (p: LogMessageParams) => {
      this.logs.push(p.message);
      this.logWaiters = this.logWaiters.filter((w) => (w.test.test(p.message) ? (w.resolve(p.message), false) : true));
    });
    connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
    });
    connection.onRequest(ConfigurationRequest.type, (p) => {
      this.configurationRequests.push(...p.items);
      return p.items.map((item) => this.configuration(item));
    });
    connection.listen();
  }

  /** Spawns the server and completes the initialize handshake. */
  static async start(opts: StartOptions = {}): Promise<TestClient> {
    const server = await buildServer();
    const args = opts.bin ? [join(server, '../../bin/shipshape-lsp.js'), ...opts.bin] : [server, '--stdio'];
    const env = { ...process.env, SHIPSHAPE_CACHE: process.env.SHIPSHAPE_CACHE ?? join(server, '../cache') };
    const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, connection, opts);
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: opts.folder ? pathToFileURL(opts.folder).href : null,
      capabilities: opts.capabilities ?? FULL_CAPABILITIES,
      workspaceFolders: opts.folder ? [{ uri: pathToFileURL(opts.folder).href, name: 'ws' }] : null,
      // A generous budget unless a test sets one: a loaded machine must not turn every analysis into an 'analysis-budget' finding.
      initializationOptions: { analysisBudgetMs: 600_000, ...(opts.initializationOptions as object | undefined) },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** The next publishDiagnostics for the URI that satisfies the predicate (or the first already received after `since`). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, since = 0): Promise<PublishDiagnosticsParams> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && test(p);
    const seen = this.published.slice(since).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test: match, resolve }));
  }

  /** The first log message of the server that matches (one already received, or the next). */
  log(test: RegExp): Promise<string> {
    const seen = this.logs.find((l) => test.test(l));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve) => this.logWaiters.push({ test, resolve }));
  }

  async open(uri: string, text: string, languageId = 'dockerfile', version = 1): Promise<PublishDiagnosticsParams> {
    const since = this.published.length;
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return this.diagnostics(uri, (p) => p.version === version, since);
  }

  /** Replaces the document's text (full sync) without waiting. */
  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(uri: string): Promise<PublishDiagnosticsParams> {
    const since = this.published.length;
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    return this.diagnostics(uri, () => true, since);
  }

  async changeConfiguration(): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async changeWatchedFiles(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** shutdown + exit; resolves with the exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the process when a test failed before stop(). */
  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
    this.connection.dispose();
  }
}
