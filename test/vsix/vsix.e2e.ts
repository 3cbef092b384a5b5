/**
 * `npm run test:vsix` (after `npm run package`): checks the packaged `shipshape-<version>.vsix` itself: its size and
 * contents, then installs it into a fresh code-server with `--install-extension` and runs checks inside that editor's
 * extension host (test/vsix/probe) proving the installed artefact activates and reports diagnostics.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { buildHostTests } from '../editors/build-tests.js';
import { codeServerCli, ensureEditors, ROOT, startCodeServer, type CodeServer } from '../editors/code-server.js';
import { runHostTests } from '../editors/host-tests.js';
import { tempCopy } from '../editors/run.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; publisher: string; version: string };
const VSIX = join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
/** The size budget of the packaged extension. */
const BUDGET = 1.5 * 1024 * 1024;

interface ZipEntry { name: string; size: number; compressed: number; method: number; offset: number }

/** The entries of a zip file, read from its central directory. */
function zipEntries(buf: Buffer): ZipEntry[] {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'the .vsix is a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'a central directory entry');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The uncompressed bytes of one entry. */
function zipRead(buf: Buffer, e: ZipEntry): Buffer {
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const raw = buf.subarray(start, start + e.compressed);
  return e.method === 0 ? raw : inflateRawSync(raw);
}

let work: string | undefined;
let data: string | undefined;
let cs: CodeServer | undefined;
let ok = false;

describe(`the packaged ${pkg.name}-${pkg.version}.vsix`, () => {
  before(() => {
    if (!existsSync(VSIX)) throw new Error(`${VSIX} does not exist: run \`npm run package\` first (npm run test:vsix does)`);
  });
  after(async () => {
    await cs?.stop(true);
    if (data && ok) rmSync(data, { recursive: true, force: true });
    else if (data) console.log(`code-server data and log kept in ${data}`);
    if (work) rmSync(dirname(work), { recursive: true, force: true });
  });

  it('is small, bundled, and carries only what the extension needs', () => {
    const buf = readFileSync(VSIX);
    const size = statSync(VSIX).size;
    const entries = zipEntries(buf);
    const names = entries.map((e) => e.name).sort();
    console.log(`${VSIX}: ${(size / 1024).toFixed(1)} KiB, ${names.length} files`);
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) console.log(`  ${e.name} ${(e.size / 1024).toFixed(1)} KiB`);
    assert.ok(size < BUDGET, `${size} bytes is within the 1.5 MB budget`);
    for (const needed of ['extension/package.json', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/language-server.js', 'extension/dist/tree-sitter.wasm',
      'extension/dist/tree-sitter-bash.wasm', 'extension/LICENSE.txt', 'extension/images/icon.png',
      'extension/schemas/shipshape.schema.json', 'extension/schemas/package-json.schema.json', 'extension/changelog.md',
      'extension.vsixmanifest']) {
      assert.ok(names.includes(needed), `${needed} is in the package: ${JSON.stringify(names)}`);
    }
    assert.deepEqual(names.filter((n) => /node_modules|\.map$|\.ts$|(^|\/)(test|src|server|client|bench|examples)\//.test(n)), [],
      'no node_modules, sources, source maps, tests or examples');
    const manifest = JSON.parse(zipRead(buf, entries.find((e) => e.name === 'extension/package.json')!).toString('utf8')) as typeof pkg & { main: string; icon: string };
    assert.equal(manifest.main, './dist/client.js');
    assert.equal(manifest.icon, 'images/icon.png');
    const client = zipRead(buf, entries.find((e) => e.name === 'extension/dist/client.js')!).toString('utf8');
    assert.ok(!client.includes('\n//# sourceMappingURL='), 'the production bundle has no source map reference');
    assert.ok(client.split('\n').length < 50, `the production bundle is minified (${client.split('\n').length} lines)`);
    if (names.includes('extension/readme.md')) assert.ok(!/This is the README for your extension/.test(zipRead(buf, entries.find((e) => e.name === 'extension/readme.md')!).toString('utf8')));
  });

  it('installs into a fresh code-server, activates, and reports diagnostics', async () => {
    ensureEditors(['apt', 'code-server']);
    data = mkdtempSync(join(tmpdir(), 'shipshape-editors-vsix-cs-'));
    const userDataDir = join(data, 'user');
    const extensionsDir = join(data, 'extensions');
    const out = codeServerCli(['--install-extension', VSIX], data, userDataDir, extensionsDir);
    assert.match(out, new RegExp(`Extension '${pkg.name}-${pkg.version}\\.vsix' was successfully installed`));
    const installed = join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
    assert.ok(existsSync(join(installed, 'dist/server.js')), `${installed} holds the bundles`);
    assert.ok(!existsSync(join(installed, 'node_modules')), 'no node_modules were installed');
    // the checks inside the editor learn from the environment where the .vsix went
    process.env.SHIPSHAPE_VSIX_EXTENSIONS_DIR = extensionsDir;
    process.env.SHIPSHAPE_VSIX_VERSION = pkg.version;
    cs = await startCodeServer({ data, userDataDir, extensionsDir });

    const probe = await buildHostTests('vsix/probe');
    writeFileSync(join(probe, 'package.json'), JSON.stringify({
      name: 'shipshape-vsix-probe', publisher: 'shipshape', version: '0.0.0', engines: { vscode: '^1.100.0' },
    }));
    work = tempCopy('examples/atm-system', 'shipshape-editors-vsix-');
    const code = await runHostTests(cs, { folder: work, extensionDevelopmentPath: probe, extensionTestsPath: join(probe, 'index.js') });
    assert.equal(code, 0, 'the checks inside the editor passed (see their output above)');
    ok = true;
  });
});
