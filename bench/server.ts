/**
 * The language server while a person types: didChange → publishDiagnostics
 * latency (p50/p95) on 30-, 300- and 3,000-line Dockerfiles, Shipshape
 * (`dist/server.js`) against docker-langserver, and the server's RSS growth
 * over 10,000 edits of one document (a leak would show). Both servers run
 * over stdio; every edit waits for the diagnostics of its own version. The
 * first 20 edits warm both servers up and are not measured (the first
 * diagnostics after opening are measured by bench.ts).
 *
 * Run alone with `node --import tsx bench/server.ts` (after `npm run build`;
 * `BENCH_SERVER` compares another build); `npm run bench` runs its memory part
 * (`BENCH_ONLY=server-memory`) and measures latency itself.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { corpusFiles } from '../test/helpers/corpus.js';

/** The server measured (`BENCH_SERVER` names another build, e.g. of an older commit, to compare). */
const SHIPSHAPE = ['node', resolve(process.env.BENCH_SERVER ?? 'dist/server.js'), '--stdio'];
const PEER = ['node', resolve('node_modules/dockerfile-language-server-nodejs/bin/docker-langserver'), '--stdio'];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))];
};
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;

/** Whole corpus Dockerfiles one after another until the text has `lines` lines, cut there. */
export function dockerfileOfLines(lines: number): string {
  const out: string[] = [];
  for (const f of corpusFiles('dockerfile')) {
    for (const l of readFileSync(f.path, 'utf8').split(/\r?\n/)) out.push(l);
    if (out.length >= lines) break;
  }
  return out.slice(0, lines).join('\n') + '\n';
}

interface Session {
  pid: number;
  /** Sends the text as a new version and resolves when that version's (or a newer) diagnostics arrive. */
  edit(version: number, text: string): Promise<void>;
  open(text: string): Promise<void>;
  stop(): Promise<void>;
}

async function start(cmd: string[]): Promise<Session> {
  const child = spawn(cmd[0], cmd.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.on('exit', (code, signal) => {
    if (code || (signal && signal !== 'SIGTERM')) console.error(`${cmd.join(' ')} exited (${code ?? signal}): ${stderr.slice(-2000)}`);
  });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting: (() => void) | undefined;
  let want = 0;
  conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => {
    if (waiting && (p.version === undefined || p.version >= want)) {
      const w = waiting;
      waiting = undefined;
      w();
    }
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  conn.sendNotification('initialized', {});
  const uri = 'file:///bench/Dockerfile';
  const next = (version: number) => new Promise<void>((r) => { want = version; waiting = r; });
  return {
    pid: child.pid!,
    async open(text) {
      const done = next(1);
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
      await done;
    },
    async edit(version, text) {
      const done = next(version);
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      await done;
    },
    async stop() {
      await conn.sendRequest('shutdown');
      const exited = new Promise((r) => child.once('exit', r));
      await conn.sendNotification('exit');
      // Killed only when it does not exit by itself; writing to a killed server would throw.
      const timer = setTimeout(() => child.kill(), 2_000);
      await exited;
      clearTimeout(timer);
      conn.dispose();
    },
  };
}

/** A keystroke in the middle of the file: the comment on the middle line grows by one character per edit. */
function typed(text: string, n: number): string {
  const lines = text.split('\n');
  const mid = Math.floor(lines.length / 2);
  lines.splice(mid, 0, `# ${'x'.repeat(n % 40)}`);
  return lines.join('\n');
}

/** Edits before the measured ones (both servers compile their hot code in the first ones). */
const WARM_UP = 20;

async function latency(cmd: string[], text: string, edits: number): Promise<{ p50: number; p95: number }> {
  const s = await start(cmd);
  await s.open(text);
  const lat: number[] = [];
  for (let v = 2; v < 2 + WARM_UP + edits; v++) {
    const t = performance.now();
    await s.edit(v, typed(text, v));
    if (v >= 2 + WARM_UP) lat.push(performance.now() - t);
  }
  await s.stop();
  return { p50: pct(lat, 0.5), p95: pct(lat, 0.95) };
}

const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

/**
 * RSS over 10,000 edits of one 30-line document after 1,000 warm-up edits,
 * sampled every 250 edits: the lowest sample of the first and of the last
 * 2,000 edits (the lowest, because RSS swings with when the garbage collector
 * last ran; what stays is what a leak would add).
 */
export async function serverMemory(text: string): Promise<{ warm: number; after: number; samples: number[] }> {
  const s = await start(SHIPSHAPE);
  await s.open(text);
  let v = 2;
  for (; v < 1_002; v++) await s.edit(v, typed(text, v));
  const samples: number[] = [];
  for (let n = 0; n < 10_000; n++, v++) {
    await s.edit(v, typed(text, v));
    if (n % 250 === 249) samples.push(rssMb(s.pid));
  }
  await s.stop();
  return { warm: Math.min(...samples.slice(0, 8)), after: Math.min(...samples.slice(-8)), samples };
}

export async function serverBench(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  const edits = Number(process.env.BENCH_EDITS ?? 60);
  console.log(`Language servers, didChange → publishDiagnostics (${edits} edits in the middle of the file after ${WARM_UP} unmeasured ones, each waiting for its diagnostics):`);
  for (const lines of (process.env.BENCH_LINES ?? '30,300,3000').split(',').map(Number)) {
    const text = dockerfileOfLines(lines);
    const ours = await latency(SHIPSHAPE, text, edits);
    const peer = await latency(PEER, text, edits);
    results[`lsp${lines}`] = { shipshape: ours, peer };
    console.log(`  ${String(lines).padStart(5)} lines  shipshape p50 ${fmt(ours.p50)} p95 ${fmt(ours.p95)}   docker-langserver p50 ${fmt(peer.p50)} p95 ${fmt(peer.p95)}   p95 ratio ${(ours.p95 / peer.p95).toFixed(2)}×`);
  }
  if (process.platform === 'linux' && process.env.BENCH_MEMORY !== '0') {
    const m = await serverMemory(dockerfileOfLines(30));
    results.serverMemory = m;
    const growth = m.after - m.warm;
    console.log(`  server RSS over 10,000 edits of a 30-line Dockerfile (lowest sample): ${m.warm.toFixed(1)} MB in the first 2,000, ${m.after.toFixed(1)} MB in the last 2,000 (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB; samples ${Math.min(...m.samples).toFixed(0)}–${Math.max(...m.samples).toFixed(0)} MB)`);
  }
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  serverBench().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
