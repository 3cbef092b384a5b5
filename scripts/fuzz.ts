/**
 * `npm run fuzz -- --runs N --seed S [--target T,...] [--save DIR]`: a seeded
 * fuzzing campaign over every entry point (see test/fuzz). Prints per-target
 * counts and the slowest input, writes failing inputs to DIR when asked, and
 * ends with `fuzz: <inputs> inputs, <failures> failures`.
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
  const targets = (arg('target')?.split(',') ?? [...TARGETS]) as Target[];
  const unknown = targets.filter((t) => !TARGETS.includes(t));
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || unknown.length) {
    process.stderr.write(`usage: npm run fuzz -- --runs N --seed S [--target ${TARGETS.join(',')}] [--save DIR]${unknown.length ? ` (unknown target ${unknown.join(', ')})` : ''}\n`);
    process.exitCode = 2;
    return;
  }
  await initEngine();
  const started = Date.now();
  const result = await campaign({ runs, seed, targets });
  let inputs = 0;
  let failures = 0;
  for (const [target, s] of Object.entries(result.stats)) {
    inputs += s.inputs;
    failures += s.failures;
    process.stdout.write(`${target}: ${s.inputs} inputs, ${s.failures} failures, slowest ${s.slowestMs.toFixed(1)} ms\n`);
    if (s.slowestInput !== undefined) process.stdout.write(`  slowest input: ${JSON.stringify(s.slowestInput).slice(0, 200)}\n`);
  }
  const save = arg('save');
  result.failures.forEach((f, i) => {
    process.stdout.write(`FAIL ${f.target}: ${f.problems.slice(0, 3).join(' | ')}\n  input: ${JSON.stringify(f.input).slice(0, 400)}\n`);
    if (save) {
      mkdirSync(save, { recursive: true });
      writeFileSync(join(save, `${f.target}-${seed}-${i}.txt`), f.input);
    }
  });
  process.stdout.write(`seed ${seed}, ${runs} runs per target, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`fuzz: ${inputs} inputs, ${failures} failures\n`);
  if (failures) process.exitCode = 1;
}

void run();
