/**
 * Stands in for the VS Code executable that `@vscode/test-electron` launches (through `code-shim.sh`): it takes the
 * same arguments (`--extensionDevelopmentPath=…`, `--extensionTestsPath=…`, `--user-data-dir=…`, `--extensions-dir=…`,
 * the folder to open; Electron-only flags are ignored), runs the tests inside code-server's real extension host with
 * the web workbench open in headless Chromium, and exits with the code the tests end with (0 = all passed).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startCodeServer } from './code-server.js';
import { runHostTests } from './host-tests.js';

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
  try {
    code = await runHostTests(cs, { folder, extensionDevelopmentPath: resolve(ext), extensionTestsPath: resolve(tests), log });
    log('extension tests exit code', code);
  } catch (e) {
    log('FAILED:', (e as Error).message);
  } finally {
    const keep = code !== 0 || !!process.env.KEEP_DATA;
    await cs.stop(keep);
    if (keep) log(`code-server data and log kept in ${cs.data}`);
  }
  return code;
}

main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
