/**
 * `npm run fuzz -- --runs N --seed S [--target T,...] [--fix-every K] [--save DIR] [--stats FILE]`:
 * a seeded fuzzing campaign over every entry point (see test/fuzz). Every
 * input is checked for never throwing, ranges inside the document and the
 * time budget; the fix contract and harden on every K-th input (default 1:
 * all). Prints per-target counts, rate and the slowest input, writes failing
 * inputs (and each target's slowest) to DIR when asked, the statistics as
 * JSON to FILE, and ends with `fuzz: <inputs> inputs, <failures> failures`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initEngine } from '../server/src/engine/init.js';
import { campaign, TARGETS, type Target } from '../test/fuzz/harness.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function run(): Promise<void> {
  const runs = Number(arg('runs') ?? 1000);
  const seed = Number(arg('seed') ?? 1);
  const fixEvery = Number(arg('fix-every') ?? 1);
  const targets = (arg('target')?.split(',') ?? [...TARGETS]) as Target[];
  const unknown = targets.filter((t) => !TARGETS.includes(t));
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || !Number.isInteger(fixEvery) || fixEvery < 1 || unknown.length) {
    process.stderr.write(`usage: npm run fuzz -- --runs N --seed S [--target ${TARGETS.join(',')}] [--fix-every K] [--save DIR] [--stats FILE]${unknown.length ? ` (unknown target ${unknown.join(', ')})` : ''}\n`);
    process.exitCode = 2;
    return;
  }
  await initEngine();
  const started = Date.now();
  const result = await campaign({ runs, seed, targets, fixEvery });
  const save = arg('save');
  if (save) mkdirSync(save, { recursive: true });
  let inputs = 0;
  let failures = 0;
  for (const [target, s] of Object.entries(result.stats)) {
    inputs += s.inputs;
    failures += s.failures;
    const rate = s.inputs / Math.max(s.elapsedMs / 1000, 1e-3);
    process.stdout.write(`${target}: ${s.inputs} inputs (${s.fullyChecked} with fixes and harden), ${s.failures} failures, ${rate.toFixed(1)} inputs/s, slowest ${s.slowestMs.toFixed(1)} ms\n`);
    if (s.slowestInput !== undefined) process.stdout.write(`  slowest input: ${JSON.stringify(s.slowestInput).slice(0, 200)}\n`);
  }
  result.failures.forEach((f, i) => {
    process.stdout.write(`FAIL ${f.target}: ${f.problems.slice(0, 3).join(' | ')}\n  input: ${JSON.stringify(f.input).slice(0, 400)}\n`);
    if (save) writeFileSync(join(save, `${f.target}-${seed}-${i}.txt`), f.input);
  });
  const stats = arg('stats');
  if (stats) {
    const slim = Object.fromEntries(Object.entries(result.stats).map(([t, s]) => [t, { ...s, slowestInput: s.slowestInput?.slice(0, 300) }]));
    writeFileSync(stats, JSON.stringify({ seed, runs, fixEvery, stats: slim, failures: result.failures.map((f) => ({ target: f.target, problems: f.problems.slice(0, 3), input: f.input.slice(0, 2000) })) }) + '\n');
  }
  process.stdout.write(`seed ${seed}, ${runs} runs per target, fixes and harden checked on every ${fixEvery === 1 ? '' : `${fixEvery}th `}input, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`fuzz: ${inputs} inputs, ${failures} failures\n`);
  if (failures) process.exitCode = 1;
}

void run();
