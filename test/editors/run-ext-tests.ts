/**
 * Stands in for the VS Code executable that `@vscode/test-electron` launches (through `code-shim.sh`): it takes the
 * same arguments (`--extensionDevelopmentPath=…`, `--extensionTestsPath=…`, `--user-data-dir=…`, `--extensions-dir=…`,
 * the folder to open; Electron-only flags are ignored), runs the tests inside code-server's real extension host with
 * the web workbench open in headless Chromium, and exits with the code the tests end with (0 = all passed).
 * The workbench calls `window.codeAutomationExit(code)` when the extension tests finish.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, startCodeServer, workbenchUrl } from './code-server.js';

const argv = process.argv.slice(2);
const args = new Map<string, string>();
for (const a of argv) {
  const m = /^--([^=]+)=(.*)$/.exec(a);
  if (m) args.set(m[1], m[2]);
}
const positional = argv.filter((a) => !a.startsWith('-'));
const ext = args.get('extensionDevelopmentPath');
const tests = args.get('extensionTestsPath');
const folder = resolve(args.get('folder') ?? positional[positional.length - 1] ?? process.cwd());
const timeoutMs = Number(process.env.SHIPSHAPE_EDITOR_TIMEOUT_MS ?? 180_000);
const t0 = Date.now();
const log = (...a: unknown[]) => console.log(`[code-server ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

async function main(): Promise<number> {
  if (!ext || !tests) {
    console.error('usage: run-ext-tests --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [folder]');
    return 2;
  }
  const userDataDir = args.get('user-data-dir');
  const extensionsDir = args.get('extensions-dir');
  if (userDataDir) mkdirSync(userDataDir, { recursive: true });
  const cs = await startCodeServer({ userDataDir, extensionsDir });
  log(`code-server up on ${cs.authority}, data in ${cs.data}`);
  let code = 1;
  let context;
  try {
    const browser = await launchBrowser(cs);
    context = browser.context;
    const page = browser.page;
    let resolveExit!: (c: number) => void;
    const exited = new Promise<number>((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationLog', (_type: string, parts: unknown[]) => {
      // the workbench's own offline noise (no extension gallery here) is not the tests' output
      if (!parts?.some((p) => typeof p === 'string' && /open-vsx\.org|ENOTFOUND/.test(p))) console.log(...(parts ?? []));
    });
    await page.exposeFunction('codeAutomationExit', (c: number) => resolveExit(c));
    page.on('console', (m) => {
      const t = m.text();
      if (process.env.VERBOSE || (m.type() === 'error' && !/open-vsx|ENOTFOUND|Failed to load resource/.test(t))) {
        console.log('[workbench]', t.replace(/%c/g, '').slice(0, 500));
      }
    });
    page.on('pageerror', (e) => console.log('[workbench error]', e.message));
    const url = workbenchUrl(cs, { folder, extensionDevelopmentPath: resolve(ext), extensionTestsPath: resolve(tests) });
    log('opening', url);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); });
    const result = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') {
      log(`FAILED: the extension tests did not finish within ${timeoutMs / 1000} s`);
      code = 2;
    } else {
      code = result;
    }
    log('extension tests exit code', code);
  } catch (e) {
    log('FAILED:', (e as Error).message);
    code = 1;
  } finally {
    await context?.close().catch(() => undefined);
    const keep = code !== 0 || !!process.env.KEEP_DATA;
    await cs.stop(keep);
    if (keep) log(`code-server data and log kept in ${cs.data}`);
  }
  return code;
}

main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
