#!/usr/bin/env node
/**
 * The unit suite: every `*.test.ts` under test/, in two groups run side by side.
 *
 * - In-process tests (rules, parsers, engine, harden, config, the corpus pass,
 *   equivalents, …) run in ONE Node process (test/run/in-process.ts).
 * - Process-level tests (the CLI bundle's exit codes, workers and scale;
 *   the shell parser before it is loaded; the corpus pass) run under
 *   `node --test`, two files at a time. The test/lsp files, which spawn the
 *   language server, run there together as one of them (test/run/together.ts).
 *
 * The in-process group streams its output; the process-level group's output
 * follows when both are done; the last line sums both:
 * `unit: <passed> passed, <failed> failed, <skipped> skipped`.
 *
 *   node scripts/test-unit.mjs [substring…]   only files whose path contains one of them
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const NODE_ARGS = ['--import', 'tsx', '--require', './test/helpers/md.cjs'];

function testFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!['workspace', 'fixtures', 'node_modules'].includes(name)) out.push(...testFiles(p));
    } else if (name.endsWith('.test.ts')) out.push(relative(ROOT, p).split(sep).join('/'));
  }
  return out;
}

/**
 * Files run as processes of their own: they are about the CLI bundle's or the
 * language server's process (and spawn it), need a process where the shell
 * parser is not loaded yet, or (the corpus pass) are long enough to be worth
 * running beside the rest. The other CLI tests call its main in-process.
 */
const PROCESS_LEVEL = new Set([
  'test/cli/exit-codes.test.ts',
  'test/cli/fix-jobs.test.ts',
  'test/cli/scale.test.ts',
  'test/parse/shell.test.ts',
  'test/corpus/corpus.test.ts',
]);
const isProcessLevel = (f) => PROCESS_LEVEL.has(f) || f.startsWith('test/lsp/');

function run(args, { stream, env }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...NODE_ARGS, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let text = '';
    const take = (chunk, to) => {
      text += chunk;
      if (stream) to.write(chunk);
    };
    child.stdout.setEncoding('utf8').on('data', (c) => take(c, process.stdout));
    child.stderr.setEncoding('utf8').on('data', (c) => take(c, process.stderr));
    child.on('close', (code, signal) => resolve({ code: code ?? 1, signal, text }));
  });
}

/** The numbers of node:test's closing summary (`ℹ pass 12`). */
function counts(text) {
  const n = (key) => Number(new RegExp(`^ℹ ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  return { tests: n('tests'), pass: n('pass'), fail: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
}

const filters = process.argv.slice(2);
const files = testFiles(join(ROOT, 'test')).filter((f) => !filters.length || filters.some((s) => f.includes(s)));
const inProcess = files.filter((f) => !isProcessLevel(f));
const processLevel = files.filter(isProcessLevel);
/** The language-server files, run together in one process of the group. */
const lsp = processLevel.filter((f) => f.startsWith('test/lsp/'));
const TOGETHER = 'test/run/together.ts';
/** The longest process-level runs start first, so no long one starts last (two run at a time, in this order). */
const LONGEST_FIRST = ['test/corpus/corpus.test.ts', TOGETHER, 'test/cli/scale.test.ts'];
const rank = (f) => (LONGEST_FIRST.includes(f) ? LONGEST_FIRST.indexOf(f) : LONGEST_FIRST.length);
const processRuns = [...processLevel.filter((f) => !lsp.includes(f)), ...(lsp.length ? [TOGETHER] : [])].sort((x, y) => rank(x) - rank(y));
const started = Date.now();

const [a, b] = await Promise.all([
  inProcess.length ? run(['--test-reporter=spec', 'test/run/in-process.ts', ...inProcess], { stream: true, env: {} }) : undefined,
  processRuns.length
    ? run(['--test', '--test-concurrency=2', '--test-reporter=spec', ...processRuns], { stream: !inProcess.length, env: { SHIPSHAPE_TEST_FILES: lsp.join(',') } })
    : undefined,
]);
if (b && inProcess.length) process.stdout.write(`\n── process-level tests (${processLevel.length} files) ──\n${b.text}`);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, r] of [['in-process', a], ['process-level', b]]) {
  if (!r) continue;
  const c = counts(r.text);
  passed += c.pass;
  skipped += c.skipped;
  failed += c.fail;
  // A crash before the summary (or a non-zero exit without failures counted) is a failure too.
  if (r.code !== 0 && c.fail === 0) {
    failed++;
    process.stdout.write(`\n${name} group exited with ${r.signal ?? r.code} without a test failure counted\n`);
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
process.stdout.write(`\n${files.length} test files (${inProcess.length} in one process, ${processLevel.length} process-level) in ${seconds} s\n`);
process.stdout.write(`unit: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exitCode = failed ? 1 : 0;
