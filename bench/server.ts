/**
 * Language servers driven as an editor drives them, over stdio: the session
 * `npm run bench` measures every server with (initialize, first diagnostics,
 * didChange → publishDiagnostics), and the server's RSS over 10,000 edits of
 * one document (a leak would show). Every edit waits for the diagnostics of
 * its own version.
 *
 * Run alone with `node --import tsx bench/server.ts` (after `npm run build`;
 * `BENCH_SERVER` compares another build, `BENCH_LINES` and `BENCH_EDITS` pick
 * the cases): the didChange latency of Shipshape against docker-langserver
 * on 30-, 300- and 3,000-line Dockerfiles, and the RSS over 10,000 edits.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { corpusFiles } from '../test/helpers/corpus.js';

const ROOT = resolve(__dirname, '..');
/** The server measured (`BENCH_SERVER` names another build, e.g. of an older commit, to compare). */
export const SHIPSHAPE = ['node', resolve(process.env.BENCH_SERVER ?? resolve(ROOT, 'dist/server.js')), '--stdio'];
export const DOCKER_LANGSERVER = ['node', resolve(ROOT, 'node_modules/dockerfile-language-server-nodejs/bin/docker-langserver'), '--stdio'];

/** The value at fraction `p` of the samples (nearest rank: p95 of 20 samples is the 19th smallest). */
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * p) - 1))];
}

export const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;

/** Resident memory of a process in MB (Linux), NaN where it cannot be read. */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Whole corpus Dockerfiles one after another until the text has `lines` lines, cut there. */
export function dockerfileOfLines(lines: number): string {
  const out: string[] = [];
  for (const f of corpusFiles('dockerfile')) {
    for (const l of readFileSync(f.path, 'utf8').split(/\r?\n/)) out.push(l);
    if (out.length >= lines) break;
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** A keystroke in the middle of the file: the comment on the middle line grows by one character per edit. */
export function typed(text: string, n: number): string {
  const lines = text.split('\n');
  const mid = Math.floor(lines.length / 2);
  lines.splice(mid, 0, `# ${'x'.repeat(n % 40)}`);
  return lines.join('\n');
}

/** Edits before the measured ones: every server compiles its hot code in its first edits. */
export const WARM_UP = 20;

export interface SessionOptions {
  languageId: string;
  /** The document's URI (one document per session). */
  uri: string;
  /** What `workspace/configuration` answers, by section, and what `didChangeConfiguration` sends. */
  settings?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
}

export interface Session {
  pid: number;
  /** Spawn → initialize answered (ms). */
  init: number;
  /** Opens the document; resolves with the time (ms) until its diagnostics arrived. */
  open(text: string): Promise<number>;
  /** Sends the text as a new version; resolves with the time (ms) until that version's (or a newer) diagnostics arrived. */
  edit(version: number, text: string): Promise<number>;
  stop(): Promise<void>;
}

/** Starts a server and completes the handshake. A server that exits fails the session's pending call with its last stderr. */
export async function startSession(cmd: string[], options: SessionOptions): Promise<Session> {
  const t0 = performance.now();
  const child = spawn(cmd[0], cmd.slice(1), { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-2000); });
  child.stdin.on('error', () => undefined);
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting: { version: number; resolve(): void; reject(e: Error): void } | undefined;
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (!stopping) waiting?.reject(new Error(`${cmd[1]} exited (${code ?? signal}): ${stderr.trim().split('\n').slice(-5).join(' | ')}`));
  });
  conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => {
    if (waiting && (p.version === undefined || p.version >= waiting.version)) {
      const w = waiting;
      waiting = undefined;
      w.resolve();
    }
  });
  const settings = options.settings ?? {};
  conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section ? settings[i.section] ?? null : settings)));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => undefined);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  const init = performance.now() - t0;
  conn.sendNotification('initialized', {});
  conn.sendNotification('workspace/didChangeConfiguration', { settings });
  const { uri, languageId } = options;
  const diagnosticsOf = async (version: number, send: () => void) => {
    const done = new Promise<void>((resolve, reject) => { waiting = { version, resolve, reject }; });
    const t = performance.now();
    send();
    await done;
    return performance.now() - t;
  };
  return {
    pid: child.pid!,
    init,
    open: (text) => diagnosticsOf(1, () => conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } })),
    edit: (version, text) => diagnosticsOf(version, () => conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] })),
    async stop() {
      stopping = true;
      await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2_000))]);
      const exited = new Promise((r) => child.once('exit', r));
      conn.sendNotification('exit');
      // Killed only when it does not exit by itself.
      const timer = setTimeout(() => child.kill(), 2_000);
      await exited;
      clearTimeout(timer);
      conn.dispose();
    },
  };
}

export interface Latency {
  /** Spawn → initialize answered. */
  init: number;
  /** didOpen → its diagnostics. */
  first: number;
  p50: number;
  p95: number;
  /** RSS after the measured edits minus before them (MB). */
  rssGrowth: number;
}

/** Opens `text`, types {@link WARM_UP} unmeasured edits, then `edits` measured ones. */
export async function latency(cmd: string[], text: string, edits: number, options: SessionOptions): Promise<Latency> {
  const s = await startSession(cmd, options);
  try {
    const first = await s.open(text);
    let v = 2;
    for (; v < 2 + WARM_UP; v++) await s.edit(v, typed(text, v));
    const rss0 = rssMb(s.pid);
    const lat: number[] = [];
    for (; v < 2 + WARM_UP + edits; v++) lat.push(await s.edit(v, typed(text, v)));
    return { init: s.init, first, p50: pct(lat, 0.5), p95: pct(lat, 0.95), rssGrowth: rssMb(s.pid) - rss0 };
  } finally {
    await s.stop();
  }
}

/**
 * RSS over 10,000 edits of one 30-line document after 1,000 warm-up edits,
 * sampled every 250 edits: the lowest sample of the first and of the last
 * 2,000 edits (the lowest, because RSS swings with when the garbage collector
 * last ran; what stays is what a leak would add).
 */
export async function serverMemory(text: string): Promise<{ warm: number; after: number; samples: number[] }> {
  const s = await startSession(SHIPSHAPE, { languageId: 'dockerfile', uri: 'file:///bench/Dockerfile' });
  try {
    await s.open(text);
    let v = 2;
    for (; v < 1_002; v++) await s.edit(v, typed(text, v));
    const samples: number[] = [];
    for (let n = 0; n < 10_000; n++, v++) {
      await s.edit(v, typed(text, v));
      if (n % 250 === 249) samples.push(rssMb(s.pid));
    }
    return { warm: Math.min(...samples.slice(0, 8)), after: Math.min(...samples.slice(-8)), samples };
  } finally {
    await s.stop();
  }
}

export async function serverBench(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  const edits = Number(process.env.BENCH_EDITS ?? 60);
  const options = { languageId: 'dockerfile', uri: 'file:///bench/Dockerfile' };
  console.log(`Language servers, didChange → publishDiagnostics (${edits} edits in the middle of the file after ${WARM_UP} unmeasured ones, each waiting for its diagnostics):`);
  for (const lines of (process.env.BENCH_LINES ?? '30,300,3000').split(',').map(Number)) {
    const text = dockerfileOfLines(lines);
    const ours = await latency(SHIPSHAPE, text, edits, options);
    const peer = await latency(DOCKER_LANGSERVER, text, edits, options);
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
