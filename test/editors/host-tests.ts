/**
 * Runs extension tests (an `extensionTestsPath` module exporting `run()`) inside code-server's real extension host,
 * with the web workbench open in headless Chromium. The workbench calls `window.codeAutomationExit(code)` when the
 * tests finish; that code (0 = all passed) is the result.
 */
import { launchBrowser, workbenchUrl, type CodeServer } from './code-server.js';

const WORKBENCH_NOISE = new RegExp([
  'open-vsx\\.org', 'ENOTFOUND', '^Resolv(ing|ed) connection token', '^Creating a socket', '^Updating additional builtin extensions cache',
  '^\\[Service Worker\\]', '^ChatSessionStore', '^Creation of workbench contribution', '^Ignoring the error while validating workspace folder',
].join('|'));

export interface HostTestOptions {
  folder: string;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  timeoutMs?: number;
  log?: (...a: unknown[]) => void;
}

/** Opens the workbench with the tests' payload and resolves with their exit code (2 on time-out). */
export async function runHostTests(cs: CodeServer, o: HostTestOptions): Promise<number> {
  const log = o.log ?? console.log;
  const timeoutMs = o.timeoutMs ?? Number(process.env.SHIPSHAPE_EDITOR_TIMEOUT_MS ?? 180_000);
  const { context, page } = await launchBrowser(cs);
  try {
    let resolveExit!: (c: number) => void;
    const exited = new Promise<number>((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationLog', (_type: string, parts: unknown[]) => {
      // the workbench's own chatter (and offline noise: no extension gallery here) is not the tests' output
      if (process.env.VERBOSE || !parts?.some((p) => typeof p === 'string' && WORKBENCH_NOISE.test(p))) console.log(...(parts ?? []));
    });
    await page.exposeFunction('codeAutomationExit', (c: number) => resolveExit(c));
    page.on('console', (m) => {
      const t = m.text();
      if (process.env.VERBOSE || (m.type() === 'error' && !/open-vsx|ENOTFOUND|Failed to load resource/.test(t))) {
        console.log('[workbench]', t.replace(/%c/g, '').slice(0, 500));
      }
    });
    page.on('pageerror', (e) => console.log('[workbench error]', e.message));
    const url = workbenchUrl(cs, o);
    log('opening', url);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); });
    const result = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') {
      log(`FAILED: the extension tests did not finish within ${timeoutMs / 1000} s`);
      return 2;
    }
    return result;
  } finally {
    await context.close().catch(() => undefined);
  }
}
