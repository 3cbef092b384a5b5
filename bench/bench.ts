/**
 * `npm run bench`: Shipshape's speed and memory against peers run in the same
 * process on the same inputs, printed as ratios (absolute times drift from
 * run to run; ratios are what to compare). No assertions: this measures.
 *
 * - Dockerfiles of ../shared/corpus: `analyze` vs dockerfile-utils `validate`
 *   (the validator behind VS Code's Docker support) vs a bare dockerfile-ast parse.
 * - YAML (Kubernetes, Compose, workflows): `analyze` vs a bare `yaml` parse.
 * - Language servers over stdio on the largest corpus Dockerfile: initialize,
 *   first diagnostics, and didChange → publishDiagnostics latency, Shipshape vs
 *   dockerfile-language-server-nodejs.
 * - Memory: heap and RSS growth over analysing the whole corpus.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { parseAllDocuments } from 'yaml';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { analyze } from '../server/src/engine/analyze.js';
import { initEngine } from '../server/src/engine/init.js';
import { corpusFiles } from '../test/helpers/corpus.js';
import { serverBench } from './server.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))];
}

/** Median wall time of `fn` over ROUNDS runs after one warm-up. */
function time(fn: () => void): number {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

interface Input { path: string; text: string }

function load(kind: Parameters<typeof corpusFiles>[0]): Input[] {
  return corpusFiles(kind).map((f) => {
    const prefix = f.path.slice(0, f.path.length - f.repoPath.length);
    return { path: prefix + f.repoPath, text: readFileSync(f.path, 'utf8') };
  });
}

async function lspLatency(cmd: string[], text: string, languageId: string): Promise<{ init: number; first: number; p50: number; p95: number }> {
  const child = spawn(cmd[0], cmd.slice(1), { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting: ((v: unknown) => void) | undefined;
  let wantVersion = 0;
  conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => {
    if (waiting && (p.version === undefined || p.version >= wantVersion)) {
      const w = waiting;
      waiting = undefined;
      w(p);
    }
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  const uri = 'file:///bench/Dockerfile';
  const t0 = performance.now();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  conn.sendNotification('initialized', {});
  const init = performance.now() - t0;
  const next = (version: number) => new Promise((r) => { wantVersion = version; waiting = r; });
  const t1 = performance.now();
  let done = next(1);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  await done;
  const first = performance.now() - t1;
  const lat: number[] = [];
  for (let v = 2; v < 52; v++) {
    const edited = `${text}\n# edit ${v}\n`;
    done = next(v);
    const t = performance.now();
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: edited }] });
    await done;
    lat.push(performance.now() - t);
  }
  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
  child.kill();
  return { init, first, p50: pct(lat, 0.5), p95: pct(lat, 0.95) };
}

async function main(): Promise<void> {
  await initEngine();
  const dockerfiles = load('dockerfile');
  const yamls = [...load('k8s'), ...load('compose'), ...load('workflow')];
  console.log(`Shipshape benchmark (${ROUNDS} rounds, median; node ${process.version})\n`);

  const tShip = time(() => { for (const f of dockerfiles) analyze(f); });
  const tUtils = time(() => { for (const f of dockerfiles) validate(f.text); });
  const tAst = time(() => { for (const f of dockerfiles) DockerfileParser.parse(f.text); });
  console.log(`Dockerfiles: ${dockerfiles.length} files`);
  console.log(`  shipshape analyze            ${fmt(tShip)}  (${(tShip / dockerfiles.length).toFixed(2)} ms/file)`);
  console.log(`  dockerfile-utils validate    ${fmt(tUtils)}  (${(tUtils / dockerfiles.length).toFixed(2)} ms/file)`);
  console.log(`  dockerfile-ast parse only    ${fmt(tAst)}`);
  console.log(`  ratio shipshape / dockerfile-utils: ${ratio(tShip, tUtils)}; shipshape / bare parse: ${ratio(tShip, tAst)}\n`);

  const tShipY = time(() => { for (const f of yamls) analyze(f); });
  const tYaml = time(() => { for (const f of yamls) parseAllDocuments(f.text); });
  console.log(`YAML (Kubernetes, Compose, workflows): ${yamls.length} files`);
  console.log(`  shipshape analyze            ${fmt(tShipY)}  (${(tShipY / yamls.length).toFixed(2)} ms/file)`);
  console.log(`  yaml parseAllDocuments only  ${fmt(tYaml)}`);
  console.log(`  ratio shipshape / bare parse: ${ratio(tShipY, tYaml)}\n`);

  global.gc?.();
  const m0 = process.memoryUsage();
  const keep = [...dockerfiles, ...yamls].map((f) => analyze(f));
  const m1 = process.memoryUsage();
  console.log(`Memory: analysing all ${keep.length} files and keeping the results: heap +${((m1.heapUsed - m0.heapUsed) / 1048576).toFixed(1)} MB, RSS ${(m1.rss / 1048576).toFixed(0)} MB\n`);

  const largest = [...dockerfiles].sort((a, b) => b.text.split('\n').length - a.text.split('\n').length)[0];
  const lines = largest.text.split('\n').length;
  const ours = await lspLatency(['node', resolve('dist/server.js'), '--stdio'], largest.text, 'dockerfile');
  const peer = await lspLatency(['node', resolve('node_modules/dockerfile-language-server-nodejs/bin/docker-langserver'), '--stdio'], largest.text, 'dockerfile');
  console.log(`Language servers on a ${lines}-line Dockerfile (50 edits):`);
  console.log(`  shipshape          initialize ${fmt(ours.init)}, first diagnostics ${fmt(ours.first)}, didChange→diagnostics p50 ${fmt(ours.p50)} p95 ${fmt(ours.p95)}`);
  console.log(`  dockerfile-ls      initialize ${fmt(peer.init)}, first diagnostics ${fmt(peer.first)}, didChange→diagnostics p50 ${fmt(peer.p50)} p95 ${fmt(peer.p95)}`);
  console.log(`  ratio p50 ${ratio(ours.p50, peer.p50)}, p95 ${ratio(ours.p95, peer.p95)} (shipshape debounces edits; the peer does not)`);

  // The language server while a person types: 30/300/3,000 lines against docker-langserver, RSS over 10,000 edits.
  console.log('');
  await serverBench();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
