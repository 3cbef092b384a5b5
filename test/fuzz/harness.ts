/**
 * The fuzzing harness: targets (one per entry point), the invariants every
 * input must keep, and a campaign runner shared by `npm run fuzz` and the
 * test suite. Inputs come from seeded fast-check arbitraries, so a campaign is
 * reproduced by its seed and run count.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Io } from '../../server/src/cli/io.js';
import { main } from '../../server/src/cli/main.js';
import { configFileProblems, loadConfig } from '../../server/src/config/load.js';
import { analyze, type AnalysisResult } from '../../server/src/engine/analyze.js';
import { applyEdits } from '../../server/src/engine/edits.js';
import { planHarden } from '../../server/src/harden/plan.js';
import { parseDockerfile } from '../../server/src/parse/dockerfile.js';
import { withLoneCrAsLf } from '../../server/src/parse/lines.js';
import { parseYaml } from '../../server/src/parse/yaml.js';
import type { Finding, Fix, ProjectView, Range } from '../../server/src/rules/types.js';
import { memProject } from '../config/mem-project.js';
import { corpusAvailable, corpusFiles, type CorpusFile } from '../helpers/corpus.js';
import * as arb from './arbitraries.js';

export const TARGETS = ['dockerfile', 'compose', 'kubernetes', 'workflow', 'dockerignore', 'config', 'cli', 'dependabot'] as const;
export type Target = (typeof TARGETS)[number];

/** Analysis of one input of up to a few hundred kilobytes must end within this (a hang shows as far more). */
export const BUDGET_MS = 5_000;
/** Fixes whose contract is checked per input (each costs a second analysis). */
const FIXES_CHECKED = 3;

const PATHS: Record<Exclude<Target, 'cli'>, string> = {
  dockerfile: '/w/Dockerfile',
  compose: '/w/compose.yaml',
  kubernetes: '/w/k8s/deploy.yaml',
  workflow: '/w/.github/workflows/ci.yml',
  dependabot: '/w/.github/dependabot.yml',
  dockerignore: '/w/.dockerignore',
  config: '/w/.shipshape.yaml',
};

const CORPUS_KIND: Partial<Record<Target, CorpusFile['kind']>> = {
  dockerfile: 'dockerfile', compose: 'compose', kubernetes: 'k8s', workflow: 'workflow', dockerignore: 'dockerignore',
};

/** The files of a small project around the analysed file, so cross-file rules run too. */
function projectFiles(path: string, text: string): Record<string, string> {
  const files: Record<string, string> = {
    '/w/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\nCMD ["python", "app.py"]\n',
    '/w/.dockerignore': '.git\n',
    '/w/compose.yaml': 'services:\n  app:\n    build: .\n',
    '/w/app.py': 'print(1)\n',
  };
  // Dependabot's rule looks for Dockerfiles in folders its entries do not cover.
  if (path.endsWith('dependabot.yml')) files['/w/svc/api/Dockerfile'] = 'FROM alpine:3.20\n';
  files[path] = text;
  return files;
}

/** A project over `files` whose folders list their subfolders too, as a real file system does. */
function projectOf(files: Record<string, string>): ProjectView {
  const base = memProject(files, '/w');
  const listDir = (dir: string) => {
    const names = base.listDir(dir);
    if (!names) return undefined;
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    const subs = Object.keys(files).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0]);
    return [...new Set([...names, ...subs])];
  };
  return { ...base, listDir };
}

function projectFor(path: string, text: string): ProjectView {
  return projectOf(projectFiles(path, text));
}

/** The project after a fix: the analysed file's new text and the other files it creates or edits. */
function projectAfter(path: string, after: string, fix: Fix): ProjectView {
  const files = projectFiles(path, after);
  for (const o of fix.otherFiles ?? []) files[o.path] = o.create ? o.content ?? '' : applyEdits(files[o.path] ?? '', o.edits ?? []);
  return projectOf(files);
}

const seedCache = new Map<Target, string[]>();

/** Real files of the target's kind (up to 64 KB each), when the corpus is beside the project. */
export function corpusSeeds(target: Target): string[] {
  let seeds = seedCache.get(target);
  if (!seeds) {
    const kind = CORPUS_KIND[target];
    seeds = kind && corpusAvailable()
      ? corpusFiles(kind).map((f) => readFileSync(f.path, 'utf8')).filter((t) => t.length <= 64 * 1024)
      : [];
    seedCache.set(target, seeds);
  }
  return seeds;
}

const GENERATED: Record<Exclude<Target, 'cli'>, fc.Arbitrary<string>> = {
  dockerfile: arb.dockerfile,
  compose: arb.compose,
  kubernetes: arb.kubernetes,
  workflow: arb.workflow,
  dependabot: arb.dependabot,
  dockerignore: arb.dockerignore,
  config: arb.config,
};

/** The inputs of a text target: generated files, mutated generated files, and mutated real files. */
export function inputsOf(target: Exclude<Target, 'cli'>): fc.Arbitrary<string> {
  const generated = GENERATED[target];
  const seeds = corpusSeeds(target);
  return fc.oneof(
    { weight: 4, arbitrary: generated },
    { weight: 3, arbitrary: arb.mutated(generated) },
    ...(seeds.length ? [{ weight: 3, arbitrary: arb.mutated(fc.constantFrom(...seeds)) }] : []),
  );
}

// ---------------------------------------------------------------- invariants

/** Lines as an editor counts them (\n, \r\n and \r all end a line). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function rangeProblem(range: Range, lengths: number[], what: string): string | undefined {
  const ok = (p: Range['start']) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0
    && p.line < lengths.length && p.character <= lengths[p.line];
  if (!ok(range.start) || !ok(range.end)) return `${what}: range ${JSON.stringify(range)} outside the document (${lengths.length} lines)`;
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) return `${what}: range ends before it starts`;
  return undefined;
}

function untouchedLinesSurvive(before: string, after: string, fix: Fix): boolean {
  const touched = new Set<number>();
  for (const e of fix.edits) for (let l = e.range.start.line; l <= e.range.end.line; l++) touched.add(l);
  const wanted = before.split(/\r\n|\r|\n/).filter((_, i) => !touched.has(i));
  const have = after.split(/\r\n|\r|\n/);
  let j = 0;
  for (const line of wanted) {
    while (j < have.length && have[j] !== line) j++;
    if (j === have.length) return false;
    j++;
  }
  return true;
}

const runsOf = (text: string) => parseDockerfile(text).instructions.filter((i) => i.getKeyword() === 'RUN').length;

/** The invariants of one analysed input; the problems found (empty when it keeps them all). */
export interface CheckOptions {
  /** Check the fix contract of the first few fixes, and that harden keeps every RUN (default true). */
  fixes?: boolean;
  /** Time allowed per input; 0 for none (default {@link BUDGET_MS}). */
  budgetMs?: number;
  /** How many fixes' contract to check (default {@link FIXES_CHECKED}; regression fixtures check all). */
  maxFixes?: number;
}

export function checkText(target: Exclude<Target, 'cli'>, text: string, timing?: (ms: number) => void, opts: CheckOptions = {}): string[] {
  const budget = opts.budgetMs ?? BUDGET_MS;
  const checkFixes = opts.fixes ?? true;
  const path = PATHS[target];
  const problems: string[] = [];
  const lengths = lineLengths(text);
  if (target === 'config') {
    const started = performance.now();
    try {
      for (const e of configFileProblems(path, text) ?? []) {
        const p = rangeProblem(e.range, lengths, `config error "${e.message}"`);
        if (p) problems.push(p);
      }
      loadConfig('/w/Dockerfile', projectFor(path, text));
    } catch (e) {
      problems.push(`threw: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' ') ?? e}`);
    }
    const ms = performance.now() - started;
    timing?.(ms);
    if (budget && ms > budget) problems.push(`took ${Math.round(ms)} ms`);
    return problems;
  }
  const project = projectFor(path, text);
  let result: AnalysisResult;
  const started = performance.now();
  try {
    result = analyze({ path, text }, project);
  } catch (e) {
    return [`analyze threw: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' ') ?? e}`];
  }
  const ms = performance.now() - started;
  timing?.(ms);
  if (budget && ms > budget) problems.push(`analysis took ${Math.round(ms)} ms`);
  for (const e of result.errors) problems.push(`rule ${e.ruleId} failed: ${e.message.split('\n').slice(0, 2).join(' ')}`);
  let fixesChecked = 0;
  for (const f of result.findings) {
    const where = `${f.ruleId} at ${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const p = rangeProblem(f.range, lengths, where);
    if (p) problems.push(p);
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        const q = rangeProblem(e.range, lengths, `${where} fix "${fix.title}"`);
        if (q) problems.push(q);
      }
      if (!checkFixes || fixesChecked >= (opts.maxFixes ?? FIXES_CHECKED) || problems.length) continue;
      fixesChecked++;
      const after = applyEdits(text, fix.edits);
      const fw = `${where} fix "${fix.title}"`;
      if (after === text && !fix.otherFiles?.length) problems.push(`${fw}: changes nothing`);
      if (!untouchedLinesSurvive(text, after, fix)) problems.push(`${fw}: changed lines it is not about`);
      // Parsed as the engine reads it (a lone \r ends a line).
      if (result.kind !== 'dockerfile' && result.kind !== 'dockerignore' && parseYaml(withLoneCrAsLf(after)).errors.length > parseYaml(withLoneCrAsLf(text)).errors.length) problems.push(`${fw}: no longer parses`);
      let again: AnalysisResult;
      try {
        again = analyze({ path, text: after }, fix.otherFiles?.length ? projectAfter(path, after, fix) : project);
      } catch (e) {
        problems.push(`${fw}: analysis after the fix threw ${(e as Error)?.message}`);
        continue;
      }
      if (again.errors.length) problems.push(`${fw}: rule ${again.errors[0].ruleId} failed after the fix`);
      // Its finding is gone: fewer findings of the rule, or fewer with its message and the fix not offered again
      // (a line can hold a second problem the first one hid, e.g. a re-include that re-includes nothing once its slashes are right).
      const count = (r: AnalysisResult, same: (x: Finding) => boolean) => r.findings.filter((x) => x.ruleId === f.ruleId && same(x)).length;
      const gone = count(again, () => true) < count(result, () => true)
        || (count(again, (x) => x.message === f.message) < count(result, (x) => x.message === f.message)
          && !again.findings.some((x) => x.ruleId === f.ruleId && x.fixes.some((y) => y.title === fix.title)));
      if (!gone) problems.push(`${fw}: its finding did not go away`);
    }
  }
  if (checkFixes && target === 'dockerfile' && result.kind === 'dockerfile') {
    try {
      const plan = planHarden({ path, text }, project);
      if (plan.ok && runsOf(plan.text) < runsOf(text)) problems.push(`harden lost ${runsOf(text) - runsOf(plan.text)} RUN instructions`);
    } catch (e) {
      problems.push(`harden threw: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' ') ?? e}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- CLI arguments

const cliWord = fc.oneof(
  fc.constantFrom('scan', 'harden', 'rules', 'explain', 'help', '--help', '-h', '--version', '-V', '--format', 'json', 'sarif', 'text', 'github', 'xml', '--fail-on', 'never', 'error', 'warning', 'info',
    '--rule', 'no-root-user=off', 'no-root-user=banana', '=', '--only', 'no-root-user', 'nope', '--config', 'missing.yaml', '.shipshape.yaml', '--fix', '--jobs', '0', '1', '-1', '1e9', 'NaN', '--exclude', '**', '[',
    '--quiet', '--no-color', '--output', 'out.json', '--runtime', 'distroless', '--', '-', '.', 'Dockerfile', 'sub', 'no-such-file', '--write', '--stdout', '-o', '--unknown'),
  fc.stringMatching(/^[a-z.=-][a-zA-Z0-9._=:-]{0,10}$/),
);
export const cliArgs = fc.array(cliWord, { maxLength: 8 });

/** A scratch project for CLI runs (the CLI may write `--output` files or apply `--fix` there, never elsewhere). */
export function cliSandbox(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-fuzz-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.12-slim\nRUN pip install flask\nUSER root\nCOPY . .\n');
  writeFileSync(join(dir, '.shipshape.yaml'), 'rules:\n  require-healthcheck: off\n');
  writeFileSync(join(dir, 'compose.yaml'), 'services:\n  a:\n    image: redis\n    privileged: true\n');
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the CLI in-process on arguments; the problems found. */
export async function checkCli(argv: string[], dir: string, timing?: (ms: number) => void, budgetMs = BUDGET_MS): Promise<string[]> {
  const io: Io = { cwd: dir, env: {}, stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false, columns: 80, cores: 1 };
  const started = performance.now();
  let code: number;
  try {
    code = await main(argv, io);
  } catch (e) {
    return [`main threw: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' ') ?? e}`];
  }
  const ms = performance.now() - started;
  timing?.(ms);
  const problems: string[] = [];
  if (![0, 1, 2].includes(code)) problems.push(`exit code ${code}`);
  if (budgetMs && ms > budgetMs) problems.push(`took ${Math.round(ms)} ms`);
  return problems;
}

// ---------------------------------------------------------------- campaigns

export interface TargetStats {
  inputs: number;
  /** Inputs whose fixes and harden plan were checked too (the rest: never throws, ranges, budget). */
  fullyChecked: number;
  /** Wall time over the target's inputs, generation included. */
  elapsedMs: number;
  failures: number;
  slowestMs: number;
  slowestInput?: string;
}

export interface Failure {
  target: Target;
  input: string;
  problems: string[];
}

export interface CampaignResult {
  stats: Record<string, TargetStats>;
  failures: Failure[];
}

/**
 * Runs `runs` inputs per target from `seed` (in chunks, so memory stays flat).
 * Every input is checked for never throwing, ranges and the time budget; the
 * fix contract and harden (a second analysis or more each) on every
 * `fixEvery`-th input only (default 1: all), so long campaigns stay cheap.
 * Failures are collected, not thrown; only the first few of each distinct
 * problem are kept with their inputs.
 */
export async function campaign(opts: { runs: number; seed: number; targets?: readonly Target[]; check?: CheckOptions; fixEvery?: number; onProgress?(target: Target, done: number): void }): Promise<CampaignResult> {
  const fixEvery = Math.max(1, opts.fixEvery ?? 1);
  const stats: Record<string, TargetStats> = {};
  const failures: Failure[] = [];
  const seen = new Map<string, number>();
  const keep = (target: Target, input: string, problems: string[]) => {
    const key = `${target}:${problems[0].replace(/\d+/g, 'N').slice(0, 120)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n < 3) failures.push({ target, input, problems });
  };
  const CHUNK = 500;
  for (const target of opts.targets ?? TARGETS) {
    const s: TargetStats = { inputs: 0, fullyChecked: 0, elapsedMs: 0, failures: 0, slowestMs: 0 };
    const began = performance.now();
    stats[target] = s;
    const sandbox = target === 'cli' ? cliSandbox() : undefined;
    try {
      for (let chunk = 0; s.inputs < opts.runs; chunk++) {
        const n = Math.min(CHUNK, opts.runs - s.inputs);
        const chunkSeed = (opts.seed * 7919 + chunk * 104729 + TARGETS.indexOf(target)) | 0;
        if (target === 'cli') {
          for (const argv of fc.sample(cliArgs, { numRuns: n, seed: chunkSeed })) {
            let ms = 0;
            const problems = await checkCli(argv, sandbox!.dir, (t) => { ms = t; }, opts.check?.budgetMs);
            s.inputs++;
            s.fullyChecked++;
            if (ms > s.slowestMs) { s.slowestMs = ms; s.slowestInput = JSON.stringify(argv); }
            if (problems.length) { s.failures++; keep(target, JSON.stringify(argv), problems); }
          }
        } else {
          for (const text of fc.sample(inputsOf(target), { numRuns: n, seed: chunkSeed })) {
            let ms = 0;
            const full = (opts.check?.fixes ?? true) && s.inputs % fixEvery === 0;
            if (full) s.fullyChecked++;
            const problems = checkText(target, text, (t) => { ms = t; }, { ...opts.check, fixes: full });
            s.inputs++;
            if (ms > s.slowestMs) { s.slowestMs = ms; s.slowestInput = text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text; }
            if (problems.length) { s.failures++; keep(target, text, problems); }
          }
        }
        opts.onProgress?.(target, s.inputs);
      }
    } finally {
      sandbox?.dispose();
      s.elapsedMs = performance.now() - began;
    }
  }
  return { stats, failures };
}
