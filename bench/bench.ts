/**
 * `npm run bench`: Shipshape's speed and memory against peers on the same
 * inputs, printed as one table of ratios (absolute times drift from run to
 * run on a shared machine; ratios are what to compare) and written to
 * `bench/results.json`. No assertions: this measures.
 *
 * - Engine, in process, over ../shared/corpus (CPU time, the sides taking turns): the engine
 *   as it ships (bundled by esbuild like dist/, not run from source through tsx,
 *   whose wrappers on every closure and module getter are not in the product),
 *   each kind after a full collection. Dockerfiles with `analyze` vs
 *   dockerfile-utils `validate` (the validator behind VS Code's Docker support)
 *   and a bare dockerfile-ast parse; YAML (Kubernetes, Compose, workflows) with
 *   `analyze` vs a bare `yaml` parse (both with the build of `yaml` dist/ bundles). Every round analyses every file afresh.
 * - Editors, over stdio against the built server (bench/server.ts): initialize,
 *   first diagnostics, didChange → publishDiagnostics p50/p95 (after
 *   unmeasured warm-up edits, for every server alike) and the server's RSS
 *   growth over the edits, for 30-, 300- and 3,000-line Dockerfiles (peer:
 *   dockerfile-language-server-nodejs) and a 3,000-line multi-document
 *   Kubernetes file (peer: yaml-language-server, schema store off). Shipshape
 *   starts with its code cache written by an earlier start, as it does after
 *   a person's first; the 30-line case also runs without it.
 * - Memory: peak RSS of the built CLI scanning the whole corpus into JSON
 *   (every result is kept until it is printed).
 * - CLI scaling: the built CLI over 1× and 5× copies of the corpus with
 *   `--jobs 1` and `--jobs 2`, and the start-up cost of one worker thread.
 *
 * BENCH_ROUNDS (default 5) sets the rounds of the in-process measures and
 * the number of edits (10 per round); the CLI runs once per configuration.
 * BENCH_ONLY=engine,editors,memory,cli runs only those parts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { buildSync } from 'esbuild';
import { BUNDLE_ALIAS, YAML_MODULE_BUILD } from '../test/helpers/bundle.js';
import { CORPUS_DIR, corpusFiles } from '../test/helpers/corpus.js';
import { DOCKER_LANGSERVER, dockerfileOfLines, fmt as ms, latency, SHIPSHAPE, startSession, serverMemory, WARM_UP, type Latency } from './server.js';
import { SAVE_AFTER_MS } from '../server/src/node/code-cache.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const EDITS = Math.max(20, ROUNDS * 10);
const ONLY = process.env.BENCH_ONLY?.split(',');
const part = (name: string) => !ONLY || ONLY.includes(name);
const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const ENGINE = join(ROOT, 'dist/bench-engine.js');

type Engine = typeof import('../server/src/engine/index.js');

/** The engine bundled as dist/ bundles it (beside the grammar's WebAssembly), for the in-process measures. */
function bundledEngine(): Engine {
  buildSync({ entryPoints: [join(ROOT, 'server/src/engine/index.ts')], outfile: ENGINE, bundle: true, platform: 'node', target: 'node20', format: 'cjs', loader: { '.md': 'text' }, alias: BUNDLE_ALIAS, logLevel: 'warning' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(ENGINE) as Engine;
}

/** The YAML peer: a bare parse with the same build of `yaml` the engine is bundled with, so the two compare like with like. */
function bundledYaml(): typeof import('yaml') {
  const out = join(ROOT, 'dist/bench-yaml.js');
  buildSync({ entryPoints: [YAML_MODULE_BUILD], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(out) as typeof import('yaml');
}

const collect = () => (globalThis as { gc?: () => void }).gc?.();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Median CPU time of each function over ROUNDS rounds after one warm-up, the
 * functions taking turns within a round: on a shared machine, load that comes
 * and goes then weighs on each side alike, and CPU time does not count the
 * time other processes hold the cores.
 */
function timeEach(...fns: (() => void)[]): number[] {
  for (const fn of fns) fn();
  const runs: number[][] = fns.map(() => []);
  for (let i = 0; i < ROUNDS; i++) {
    fns.forEach((fn, k) => {
      const t0 = cpuMs();
      fn();
      runs[k].push(cpuMs() - t0);
    });
  }
  return runs.map(median);
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

interface Input { path: string; text: string }

function load(kind: Parameters<typeof corpusFiles>[0]): Input[] {
  return corpusFiles(kind).map((f) => {
    const prefix = f.path.slice(0, f.path.length - f.repoPath.length);
    return { path: prefix + f.repoPath, text: readFileSync(f.path, 'utf8') };
  });
}

const lineCount = (text: string) => text.split('\n').length;

/** Whole files joined (with `sep`) until the text has at least `lines` lines. */
function concatenated(files: Input[], lines: number, sep: string): string {
  let text = '';
  for (let i = 0; lineCount(text) < lines; i++) text += (text ? sep : '') + files[i % files.length].text.trimEnd() + '\n';
  return text;
}

/** The corpus file whose line count is closest to `lines`. */
function closest(files: Input[], lines: number): string {
  return [...files].sort((a, b) => Math.abs(lineCount(a.text) - lines) - Math.abs(lineCount(b.text) - lines))[0].text;
}

/** Runs the built CLI; returns its wall time, CPU time (all threads) and peak RSS (read at exit by a preloaded hook). */
function cli(args: string[], cwd: string): { ms: number; cpuMs: number; maxRss: number; files: number } {
  const hook = join(tmpdir(), `shipshape-bench-rss-${process.pid}.cjs`);
  const out = join(tmpdir(), `shipshape-bench-rss-${process.pid}.json`);
  writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify({ maxRss: process.resourceUsage().maxRSS * 1024, cpuMs: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000 })));\n`);
  const t0 = performance.now();
  const r = spawnSync('node', ['--require', hook, CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = performance.now() - t0;
  if (r.status !== 0) throw new Error(`shipshape ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  let files = 0;
  try {
    files = (JSON.parse(r.stdout) as { files?: unknown[] }).files?.length ?? 0;
  } catch {
    // text output: the count is not needed
  }
  const { maxRss, cpuMs } = JSON.parse(readFileSync(out, 'utf8')) as { maxRss: number; cpuMs: number };
  rmSync(hook, { force: true });
  rmSync(out, { force: true });
  return { ms: elapsed, cpuMs, maxRss, files };
}

/** Wall time from `new Worker` on the CLI bundle to its 'ready' message (engine loaded). */
async function workerStartup(): Promise<number> {
  const t0 = performance.now();
  const w = new Worker(CLI, { workerData: { shipshapeWorker: true, root: CORPUS_DIR, settings: [{}] } });
  await new Promise<void>((res, rej) => {
    w.on('message', (m) => { if (m === 'ready') res(); });
    w.on('error', rej);
  });
  const elapsed = performance.now() - t0;
  await w.terminate();
  return elapsed;
}

interface Row { measure: string; shipshape: string; peer: string; ratio: string; target: string }

async function main(): Promise<void> {
  const { analyze, initEngine } = bundledEngine();
  const { parseAllDocuments } = bundledYaml();
  await initEngine();
  const dockerfiles = load('dockerfile');
  const yamls = [...load('k8s'), ...load('compose'), ...load('workflow')];
  const k8s = load('k8s');
  console.log(`Shipshape benchmark (${ROUNDS} rounds, median; engine in CPU time, editors and CLI in wall time; ${EDITS} edits per editor case after ${WARM_UP} unmeasured ones; node ${process.version})\n`);
  const results: Record<string, unknown> = { node: process.version, rounds: ROUNDS, edits: EDITS, date: new Date().toISOString() };
  const rows: Row[] = [];

  // Engine, in process.
  if (part('engine')) {
    collect();
    const [tShip, tUtils, tAst] = timeEach(
      () => { for (const f of dockerfiles) analyze(f); },
      () => { for (const f of dockerfiles) validate(f.text); },
      () => { for (const f of dockerfiles) DockerfileParser.parse(f.text); },
    );
    const n = dockerfiles.length;
    console.log(`Dockerfiles: ${n} files: analyze ${ms(tShip / n)}/file, dockerfile-utils validate ${ms(tUtils / n)}/file, dockerfile-ast parse ${ms(tAst / n)}/file`);
    results.dockerfile = { files: n, analyzeMsPerFile: round(tShip / n, 3), validateMsPerFile: round(tUtils / n, 3), parseMsPerFile: round(tAst / n, 3), ratio: round(tShip / tUtils) };
    rows.push({ measure: `Dockerfile analysis, ${n} corpus files`, shipshape: `${ms(tShip / n)}/file`, peer: `dockerfile-utils ${ms(tUtils / n)}/file`, ratio: `${(tShip / tUtils).toFixed(2)}×`, target: '≤ 1.0×' });

    collect();
    const [tShipY, tYaml] = timeEach(
      () => { for (const f of yamls) analyze(f); },
      () => { for (const f of yamls) parseAllDocuments(f.text); },
    );
    const ny = yamls.length;
    console.log(`YAML: ${ny} files: analyze ${ms(tShipY / ny)}/file, yaml parseAllDocuments ${ms(tYaml / ny)}/file\n`);
    results.yaml = { files: ny, analyzeMsPerFile: round(tShipY / ny, 3), parseMsPerFile: round(tYaml / ny, 3), ratio: round(tShipY / tYaml) };
    rows.push({ measure: `YAML analysis, ${ny} corpus files`, shipshape: `${ms(tShipY / ny)}/file`, peer: `bare yaml ${ms(tYaml / ny)}/file`, ratio: `${(tShipY / tYaml).toFixed(2)}×`, target: '≤ 1.5×' });
  }

  // Editors.
  const yamlLs = ['node', join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'];
  const yamlSettings = { yaml: { validate: true, schemaStore: { enable: false }, kubernetesCRDStore: { enable: false } } };
  const cases = [
    { name: 'Dockerfile', lines: 30, text: closest(dockerfiles, 30), languageId: 'dockerfile', peer: DOCKER_LANGSERVER, peerName: 'docker-langserver' },
    { name: 'Dockerfile', lines: 300, text: closest(dockerfiles, 300), languageId: 'dockerfile', peer: DOCKER_LANGSERVER, peerName: 'docker-langserver' },
    { name: 'Dockerfile', lines: 3000, text: concatenated(dockerfiles, 3000, '\n'), languageId: 'dockerfile', peer: DOCKER_LANGSERVER, peerName: 'docker-langserver' },
    { name: 'deploy.yaml', lines: 3000, text: concatenated(k8s, 3000, '---\n'), languageId: 'yaml', peer: yamlLs, peerName: 'yaml-language-server' },
  ];
  const editors: unknown[] = [];
  // The server keeps V8's compiled code between starts (server/src/node/code-cache.ts): a first session
  // writes it, as a person's first start does; a 30-line case without it shows the very first start.
  const codeCache = mkdtempSync(join(tmpdir(), 'shipshape-bench-cache-'));
  const cached = { ...process.env, SHIPSHAPE_CACHE: codeCache };
  if (part('editors')) {
    const s = await startSession(SHIPSHAPE, { languageId: 'dockerfile', uri: 'file:///bench/Dockerfile', env: cached });
    await s.open(cases[0].text);
    await new Promise((r) => setTimeout(r, SAVE_AFTER_MS + 1_000));
    await s.stop();
  }
  for (const c of part('editors') ? cases : []) {
    const lines = lineCount(c.text);
    const kind = c.languageId === 'yaml' ? 'Kubernetes' : 'Dockerfile';
    const measure = (cmd: string[], settings: Record<string, unknown>, env = process.env) =>
      latency(cmd, c.text, EDITS, { languageId: c.languageId, uri: `file:///bench/${c.name}`, settings, env }).catch((e: Error) => e);
    const a = await measure(SHIPSHAPE, { shipshape: {}, ...yamlSettings }, cached);
    const b = await measure(c.peer, yamlSettings);
    const cold = lines <= 30 ? await measure(SHIPSHAPE, { shipshape: {} }, { ...process.env, SHIPSHAPE_CODE_CACHE: 'off' }) : undefined;
    console.log(`${kind}, ${lines} lines:`);
    if (a instanceof Error || b instanceof Error) {
      for (const e of [a, b]) if (e instanceof Error) console.log(`  failed: ${e.message}`);
      editors.push({ kind, lines, peer: c.peerName, shipshape: a instanceof Error ? { error: a.message } : a, peerResult: b instanceof Error ? { error: b.message } : b });
      continue;
    }
    const line = (who: string, r: Latency) => console.log(`  ${who.padEnd(28)} initialize ${ms(r.init)}, first diagnostics ${ms(r.first)}, didChange→diagnostics p50 ${ms(r.p50)} p95 ${ms(r.p95)}, RSS growth over the edits ${mb(r.rssGrowth * 1048576)}`);
    line('shipshape', a);
    if (cold && !(cold instanceof Error)) line('shipshape, no code cache', cold);
    line(c.peerName, b);
    editors.push({ kind, lines, peer: c.peerName, shipshape: a, peerResult: b, ...(cold ? { shipshapeNoCodeCache: cold instanceof Error ? { error: cold.message } : cold } : {}) });
    rows.push({ measure: `LSP first diagnostics (didOpen → diagnostics), ${kind} ${lines} lines`, shipshape: ms(a.first), peer: `${c.peerName} ${ms(b.first)}`, ratio: `${(a.first / b.first).toFixed(2)}×`, target: '≤ 1.0×' });
    if (cold && !(cold instanceof Error)) {
      rows.push({ measure: `LSP start → first diagnostics, ${kind} ${lines} lines, with / without the code cache`, shipshape: `${ms(a.init + a.first)} / ${ms(cold.init + cold.first)}`, peer: `${c.peerName} ${ms(b.init + b.first)}`, ratio: `${((a.init + a.first) / (b.init + b.first)).toFixed(2)}× / ${((cold.init + cold.first) / (b.init + b.first)).toFixed(2)}×`, target: '≤ 1.0×' });
    }
    rows.push({ measure: `LSP didChange → diagnostics p50 / p95, ${kind} ${lines} lines`, shipshape: `${ms(a.p50)} / ${ms(a.p95)}`, peer: `${ms(b.p50)} / ${ms(b.p95)}`, ratio: `${(a.p50 / b.p50).toFixed(2)}× / ${(a.p95 / b.p95).toFixed(2)}×`, target: lines <= 300 ? 'p95 ≤ 1.0× and ≤ 16 ms' : 'p95 ≤ 50 ms' });
  }
  rmSync(codeCache, { recursive: true, force: true });
  results.editors = editors;
  console.log('');

  // Memory: the CLI keeps every result until it prints them.
  if (part('memory')) {
    const mem = cli(['scan', '.', '--format', 'json', '--fail-on', 'never', '--jobs', '1'], CORPUS_DIR);
    console.log(`Memory: CLI scan of the corpus (${mem.files} files, JSON, --jobs 1): peak RSS ${mb(mem.maxRss)}`);
    results.memory = { files: mem.files, cliPeakRssMB: round(mem.maxRss / 1048576, 1) };
    rows.push({ measure: `RSS, CLI scan of the corpus, results kept (peak)`, shipshape: mb(mem.maxRss), peer: '—', ratio: '—', target: '≤ 150 MB' });
  }

  // CLI scaling over copies of the corpus.
  if (part('cli')) {
    const tmp = mkdtempSync(join(tmpdir(), 'shipshape-bench-'));
    try {
      for (let i = 0; i < 5; i++) cpSync(CORPUS_DIR, join(tmp, `copy${i}`), { recursive: true });
      const startup = [await workerStartup(), await workerStartup(), await workerStartup()];
      const scanArgs = (path: string, jobs: number) => ['scan', path, '--format', 'json', '--fail-on', 'never', '--jobs', String(jobs)];
      const one1 = cli(scanArgs('copy0', 1), tmp);
      const five1 = cli(scanArgs('.', 1), tmp);
      const five2 = cli(scanArgs('.', 2), tmp);
      const speedup = five1.ms / five2.ms;
      const linear = five1.ms / one1.ms / (five1.files / one1.files);
      const linearCpu = five1.cpuMs / one1.cpuMs / (five1.files / one1.files);
      console.log(`CLI scaling: 1× (${one1.files} files) --jobs 1 ${ms(one1.ms)}; 5× (${five1.files} files) --jobs 1 ${ms(five1.ms)}, --jobs 2 ${ms(five2.ms)}`);
      console.log(`  CPU: 1× ${ms(one1.cpuMs)}; 5× --jobs 1 ${ms(five1.cpuMs)}, --jobs 2 ${ms(five2.cpuMs)} (all threads)`);
      console.log(`  --jobs 2 speed-up ${speedup.toFixed(2)}×; per file 5× / 1×: wall ${linear.toFixed(2)}, CPU ${linearCpu.toFixed(2)} (1.00 = linear); one worker's start-up ${ms(median(startup))}`);
      console.log(`  peak RSS: 1× ${mb(one1.maxRss)}, 5× --jobs 1 ${mb(five1.maxRss)}, 5× --jobs 2 ${mb(five2.maxRss)}\n`);
      results.cli = {
        files1x: one1.files, files5x: five1.files, jobs1x1Ms: Math.round(one1.ms), jobs1x5Ms: Math.round(five1.ms), jobs2x5Ms: Math.round(five2.ms),
        cpuMs: { x1jobs1: Math.round(one1.cpuMs), x5jobs1: Math.round(five1.cpuMs), x5jobs2: Math.round(five2.cpuMs) },
        speedup: round(speedup), perFile5xOver1x: round(linear), perFileCpu5xOver1x: round(linearCpu), workerStartupMs: round(median(startup), 1),
        peakRssMB: { x1jobs1: round(one1.maxRss / 1048576, 1), x5jobs1: round(five1.maxRss / 1048576, 1), x5jobs2: round(five2.maxRss / 1048576, 1) },
      };
      rows.push({ measure: `CLI, 5× corpus (${five1.files} files), --jobs 2 vs --jobs 1`, shipshape: `${ms(five2.ms)} vs ${ms(five1.ms)}`, peer: '—', ratio: `${speedup.toFixed(2)}× faster`, target: '≥ 1.6×' });
      rows.push({ measure: 'CLI, time per file 5× / 1× corpus (--jobs 1), wall / CPU', shipshape: `${linear.toFixed(2)} / ${linearCpu.toFixed(2)}`, peer: '—', ratio: '—', target: '≈ 1.0 (linear)' });
      rows.push({ measure: 'CLI, start-up of one worker thread', shipshape: ms(median(startup)), peer: '—', ratio: '—', target: '—' });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  // The server while a person types for long: RSS over 10,000 edits of one document (a leak would show).
  if (part('server-memory') && process.platform === 'linux') {
    const m = await serverMemory(dockerfileOfLines(30));
    const growth = m.after - m.warm;
    console.log(`Server RSS over 10,000 edits of a 30-line Dockerfile (lowest sample): ${m.warm.toFixed(1)} MB in the first 2,000, ${m.after.toFixed(1)} MB in the last 2,000 (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB; samples ${Math.min(...m.samples).toFixed(0)}–${Math.max(...m.samples).toFixed(0)} MB)\n`);
    results.serverMemory = m;
    rows.push({ measure: 'Server RSS growth over 10,000 edits (lowest sample, first vs last 2,000)', shipshape: mb(growth * 1048576), peer: '—', ratio: '—', target: '≤ 5 MB' });
  }

  console.log('| measure | Shipshape | peer | ratio | target |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.measure} | ${r.shipshape} | ${r.peer} | ${r.ratio} | ${r.target} |`);
  results.table = rows;
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten: bench/results.json');
}

// A server that exits while a message is on its way fails its case (see bench/server.ts), not the run.
process.on('unhandledRejection', (e: NodeJS.ErrnoException) => {
  if (e?.code === 'ERR_STREAM_DESTROYED') return;
  console.error(e);
  process.exit(1);
});

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
