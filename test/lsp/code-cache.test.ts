/**
 * The language server's bundle starts through V8's code cache: where the
 * cache lives, that a bundle runs as `require` would run it, and the cache's
 * life — written after a while, used by the next start, refused and written
 * again when it does not fit, older ones removed.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { codeCacheDir } from '../../server/src/node/code-cache.js';
import { defaultCacheFile } from '../../server/src/registry/cache.js';

const ROOT = join(__dirname, '../..');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'shipshape-code-cache-'));
  dirs.push(d);
  return d;
};

/** Starts a fresh Node that runs `bundle` through the cache (saving after 50 ms) and prints what it saw. */
function start(bundle: string, env: Record<string, string>): { state: string; result: unknown } {
  const script = `
    const { runBundle } = require(${JSON.stringify(join(ROOT, 'server/src/node/code-cache.ts'))});
    const m = { exports: {} };
    const state = runBundle(${JSON.stringify(bundle)}, '/the/boot.js', m, { saveAfterMs: 50 });
    setTimeout(() => console.log(JSON.stringify({ state, result: m.exports })), 200);`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { state: string; result: unknown };
}

describe('code cache', () => {
  it("lives in Shipshape's cache directory (the registry cache's, SHIPSHAPE_CACHE moves both), or nowhere when turned off", () => {
    assert.equal(codeCacheDir({ HOME: process.env.HOME }), join(homedir(), '.cache', 'shipshape'));
    assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }), '/xdg/shipshape');
    assert.equal(codeCacheDir({ SHIPSHAPE_CACHE: '/elsewhere', XDG_CACHE_HOME: '/xdg' }), '/elsewhere');
    assert.equal(dirname(defaultCacheFile({ SHIPSHAPE_CACHE: '/elsewhere' })), codeCacheDir({ SHIPSHAPE_CACHE: '/elsewhere' }));
    assert.equal(codeCacheDir({ SHIPSHAPE_CACHE: '/elsewhere', SHIPSHAPE_CODE_CACHE: 'off' }), undefined);
  });

  it('runs a bundle as require does, is used by the next start, and is written again when V8 refuses it', () => {
    const work = tempDir();
    const cache = join(work, 'cache');
    const bundle = join(work, 'bundle.js');
    writeFileSync(bundle, `"use strict";
      function add(a, b) { return a + b; }
      module.exports = { sum: [1, 2, 3].reduce(add, 0), filename: __filename, dirname: __dirname, joined: require('node:path').join('a', 'b'), self: typeof exports };\n`);
    const env = { SHIPSHAPE_CACHE: cache, SHIPSHAPE_CODE_CACHE: '' };

    const first = start(bundle, env);
    assert.deepEqual(first, { state: 'absent', result: { sum: 6, filename: '/the/boot.js', dirname: work, joined: join('a', 'b'), self: 'object' } });
    const written = readdirSync(cache);
    assert.equal(written.length, 1);
    assert.match(written[0], /^bundle-main-[0-9a-z]+-.+\.cache$/);

    assert.deepEqual(start(bundle, env), { ...first, state: 'used' });
    assert.deepEqual(readdirSync(cache), written, 'a used cache is left as it is');

    // A cache cut short (or made by another V8) is refused; the bundle still runs and the cache is written again.
    const file = join(cache, written[0]);
    writeFileSync(file, readFileSync(file).subarray(0, 64));
    assert.deepEqual(start(bundle, env), { ...first, state: 'rejected' });
    assert.deepEqual(start(bundle, env), { ...first, state: 'used' });

    // Another build of the bundle: its cache replaces the old one.
    writeFileSync(bundle, `module.exports = { sum: 7 };\n`);
    assert.deepEqual(start(bundle, env), { state: 'absent', result: { sum: 7 } });
    const now = readdirSync(cache);
    assert.equal(now.length, 1);
    assert.notEqual(now[0], written[0]);
  });

  it('runs the bundle with no cache at all when turned off or when the directory cannot be written', () => {
    const work = tempDir();
    const bundle = join(work, 'bundle.js');
    writeFileSync(bundle, 'module.exports = { ok: true };\n');
    assert.deepEqual(start(bundle, { SHIPSHAPE_CODE_CACHE: 'off' }), { state: 'off', result: { ok: true } });
    const blocked = join(work, 'a-file');
    writeFileSync(blocked, '');
    assert.deepEqual(start(bundle, { SHIPSHAPE_CACHE: join(blocked, 'cache'), SHIPSHAPE_CODE_CACHE: '' }), { state: 'absent', result: { ok: true } });
  });
});
