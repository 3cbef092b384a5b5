/**
 * Starts a real VS Code (code-server, the VS Code server with its web workbench) and headless Chromium for the editor
 * suites. Every run gets its own temp folder for settings, extensions, XDG dirs and the browser profile, a free port,
 * and its own process group, which is killed as a whole on stop (extension hosts outlive the browser otherwise).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** The repository root. */
export const ROOT = resolve(__dirname, '../..');
/** Where code-server is installed once and reused (outside the repository). */
export const CACHE = process.env.SHIPSHAPE_CACHE ?? join(homedir(), '.cache/shipshape');
export const CS_VERSION = process.env.CS_VERSION ?? '4.100.3';
export const CODE_SERVER = process.env.CODE_SERVER ?? join(CACHE, `code-server-${CS_VERSION}`, 'node_modules/.bin/code-server');
export const CHROME = process.env.CHROME ?? '/usr/bin/chromium';

/** Chromium flags that keep it headless, offline and quiet on a machine with no network but loopback. */
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Installs code-server and the Debian packages through the project's setup script unless they are there already. */
export function ensureEditors(components: Array<'apt' | 'code-server'> = ['apt', 'code-server']): void {
  const needApt = components.includes('apt') && (!existsSync(CHROME) || !hasCommand('nvim'));
  const needCs = components.includes('code-server') && !existsSync(CODE_SERVER);
  if (!needApt && !needCs) return;
  const r = spawnSync('bash', [join(ROOT, 'scripts/setup-editors.sh'), ...components], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`scripts/setup-editors.sh ${components.join(' ')} failed (exit ${r.status}): the editors cannot start`);
  if (needCs && !existsSync(CODE_SERVER)) throw new Error(`code-server is missing at ${CODE_SERVER} after setup`);
  if (components.includes('apt') && !existsSync(CHROME)) throw new Error(`Chromium is missing at ${CHROME} after setup`);
}

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** A free TCP port on loopback (or $SHIPSHAPE_PORT when set). */
export async function freePort(): Promise<number> {
  if (process.env.SHIPSHAPE_PORT) return Number(process.env.SHIPSHAPE_PORT);
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => res(port));
    });
  });
}

export interface CodeServer {
  port: number;
  /** `127.0.0.1:PORT`, the authority of `vscode-remote://` URIs. */
  authority: string;
  /** Temp folder holding this instance's settings, extensions, logs and browser profiles. */
  data: string;
  userDataDir: string;
  extensionsDir: string;
  /** code-server's own stdout/stderr. */
  logFile: string;
  /** Kills code-server's whole process group and (unless `keep`) deletes the temp folder. */
  stop(keep?: boolean): Promise<void>;
}

export interface StartOptions {
  /** Defaults to a fresh temp folder. */
  data?: string;
  userDataDir?: string;
  extensionsDir?: string;
  port?: number;
  /** User settings written before start. */
  settings?: Record<string, unknown>;
}

function xdgEnv(data: string): Record<string, string> {
  return { XDG_CONFIG_HOME: join(data, 'xdg-config'), XDG_DATA_HOME: join(data, 'xdg-data'), XDG_CACHE_HOME: join(data, 'xdg-cache'),
    TMPDIR: join(data, 'tmp') };
}

/** The environment code-server runs with: XDG dirs and TMPDIR inside `data`. */
export function editorEnv(data: string): NodeJS.ProcessEnv {
  const env = { ...process.env, ...xdgEnv(data) };
  for (const dir of Object.values(xdgEnv(data))) mkdirSync(dir, { recursive: true });
  return env;
}

function healthy(port: number): Promise<boolean> {
  return new Promise((res) => {
    const req = get(`http://127.0.0.1:${port}/healthz`, (r) => { r.resume(); res(r.statusCode === 200); });
    req.on('error', () => res(false));
    req.setTimeout(2000, () => { req.destroy(); res(false); });
  });
}

/** Runs code-server's CLI once (e.g. `--install-extension x.vsix`) with the instance's folders; throws on failure. */
export function codeServerCli(args: string[], data: string, userDataDir: string, extensionsDir: string): string {
  const r = spawnSync(CODE_SERVER, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args],
    { env: editorEnv(data), encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (exit ${r.status}): ${r.stderr || r.stdout}`);
  return `${r.stdout}${r.stderr}`;
}

/** Starts code-server on loopback without authentication and waits until `/healthz` answers. */
export async function startCodeServer(options: StartOptions = {}): Promise<CodeServer> {
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server is not installed at ${CODE_SERVER}: run scripts/setup-editors.sh`);
  const data = options.data ?? mkdtempSync(join(tmpdir(), 'shipshape-editors-cs-'));
  const userDataDir = options.userDataDir ?? join(data, 'user');
  const extensionsDir = options.extensionsDir ?? join(data, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    ...options.settings,
  };
  writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify(settings, null, 2));
  writeFileSync(join(data, 'config.yaml'), 'auth: none\n');
  const port = options.port ?? await freePort();
  const logFile = join(data, 'code-server.log');
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(CODE_SERVER, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--config', join(data, 'config.yaml'),
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--ignore-last-opened'],
  { env: editorEnv(data), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  guardExit();
  if (child.pid) running.add(child.pid);
  let exited: number | null | undefined;
  child.on('exit', (code) => { exited = code; });
  const stop = async (keep = false) => {
    if (child.pid) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && groupAlive(child.pid)) await delay(100);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      running.delete(child.pid);
    }
    log.end();
    if (!keep && !options.data) rmSync(data, { recursive: true, force: true });
  };
  const t0 = Date.now();
  while (!(await healthy(port))) {
    if (exited !== undefined) { await stop(true); throw new Error(`code-server exited with ${exited} before it answered; log: ${logFile}`); }
    if (Date.now() - t0 > 60_000) { await stop(true); throw new Error(`code-server did not answer /healthz within 60 s; log: ${logFile}`); }
    await delay(100);
  }
  return { port, authority: `127.0.0.1:${port}`, data, userDataDir, extensionsDir, logFile, stop };
}

/** Process groups of the code-servers this process started and has not stopped yet. */
const running = new Set<number>();
let guarded = false;

/** Makes sure no code-server outlives this process, however it ends (short of SIGKILL). */
function guardExit(): void {
  if (guarded) return;
  guarded = true;
  process.on('exit', () => {
    for (const pgid of running) try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)));
}

function groupAlive(pgid: number): boolean {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export interface WorkbenchUrlOptions {
  folder: string;
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
}

/** The workbench URL that opens `folder`, optionally with an extension under development and its tests. */
export function workbenchUrl(cs: CodeServer, o: WorkbenchUrlOptions): string {
  const payload: string[][] = [];
  if (o.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${cs.authority}${o.extensionDevelopmentPath}`]);
  if (o.extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${cs.authority}${o.extensionTestsPath}`]);
  let url = `http://${cs.authority}/?folder=${encodeURIComponent(o.folder)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** Launches headless Debian Chromium with a fresh profile under the instance's temp folder. */
export async function launchBrowser(cs: CodeServer, viewport = { width: 1400, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  if (!existsSync(CHROME)) throw new Error(`Chromium is not installed at ${CHROME}: run scripts/setup-editors.sh apt`);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(cs.data, 'chrome-'));
  const xdg = xdgEnv(cs.data);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    viewport,
    env: { ...process.env, XDG_CONFIG_HOME: xdg.XDG_CONFIG_HOME, XDG_CACHE_HOME: xdg.XDG_CACHE_HOME },
    args: CHROME_ARGS,
  });
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page };
}
