/** The CLI's main function in-process with a fake terminal: progress bar, colours, quiet. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Io } from '../../server/src/cli/io.js';
import { defaultJobs, main } from '../../server/src/cli/main.js';
import { MIN_FILES_FOR_WORKERS, scan } from '../../server/src/cli/scan.js';
import { makeTree } from './helpers.js';

function fakeIo(cwd: string, tty: boolean): Io & { out: string; err: string } {
  const io = {
    cwd,
    env: {},
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    columns: 60,
    cores: 1,
  };
  return io;
}

function manyDockerfiles(n: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`s${i}/Dockerfile`] = 'FROM debian:12.7-slim\nUSER root\n';
  return makeTree(files);
}

describe('main in-process', () => {
  it('draws a progress bar on a terminal for a long scan, and clears it', async () => {
    const io = fakeIo(manyDockerfiles(220), true);
    const code = await main(['scan', '--only', 'no-root-user', '--jobs', '1'], io);
    assert.equal(code, 0);
    assert.match(io.err, /^\r\[#*\.*\] \d+\/220 files/);
    assert.match(io.err, /\r\[#{40}\] 220\/220 files\r\x1b\[2K$/);
    assert.match(io.out, /\x1b\[33mwarning\x1b\[0m/, 'colours on a terminal');
    assert.match(io.out, /220 findings \(220 warnings\) in 220 of 220 files\./);
  });

  it('draws no bar when not on a terminal, for a short scan, or with --quiet', async () => {
    const long = manyDockerfiles(220);
    const pipe = fakeIo(long, false);
    await main(['scan', '--only', 'no-root-user', '--jobs', '1'], pipe);
    assert.equal(pipe.err, '');
    assert.doesNotMatch(pipe.out, /\x1b\[/);
    const quiet = fakeIo(long, true);
    await main(['scan', '--only', 'no-root-user', '--jobs', '1', '--quiet'], quiet);
    assert.equal(quiet.err, '');
    const short = fakeIo(manyDockerfiles(3), true);
    await main(['scan', '--only', 'no-root-user', '--jobs', '1'], short);
    assert.equal(short.err, '');
  });

  it('honours NO_COLOR on a terminal', async () => {
    const io = { ...fakeIo(manyDockerfiles(1), true), env: { NO_COLOR: '1' } };
    let out = '';
    io.stdout = (t: string) => void (out += t);
    await main(['scan', '--only', 'no-root-user'], io);
    assert.doesNotMatch(out, /\x1b\[/);
  });

  it('runs worker threads from source too, with the same output', async () => {
    const dir = manyDockerfiles(MIN_FILES_FOR_WORKERS);
    const one = fakeIo(dir, false);
    const two = fakeIo(dir, false);
    assert.equal(await main(['scan', '--format', 'json', '--jobs', '1'], one), 0);
    assert.equal(await main(['scan', '--format', 'json', '--jobs', '2'], two), 0);
    assert.equal(JSON.parse(two.out).summary.files, MIN_FILES_FOR_WORKERS);
    assert.equal(two.out, one.out);
    const run = (jobs: number) => scan({
      paths: ['.'], cwd: dir, exclude: [], flags: { rules: {} }, jobs, fix: false,
      workerEntry: `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, '../../server/src/cli.ts'))});`, workerEval: true,
    });
    const [serial, pooled] = [await run(1), await run(2)];
    // Two jobs: this thread and one worker thread.
    assert.deepEqual([serial.workers, pooled.workers], [0, 1]);
    assert.deepEqual(pooled.files, serial.files);
  });

  it('defaults --jobs to one fewer than the cores, at least 1', async () => {
    assert.deepEqual([0, 1, 2, 4, 8].map(defaultJobs), [1, 1, 1, 3, 7]);
    const io = fakeIo(makeTree({}), false);
    io.cores = 4;
    assert.equal(await main(['scan', '--help'], io), 0);
    assert.match(io.out.replace(/\s+/g, ' '), /-j, --jobs <n> threads analysing files, this one included; one fewer than the cores \(at least 1\) unless given \(default: 3\)/);
  });

  it('prints help and exits 2 when called with no arguments', async () => {
    const io = fakeIo(makeTree({}), false);
    assert.equal(await main([], io), 2);
    assert.match(io.out, /^Usage: shipshape \[options\] \[command\]/);
    assert.match(io.out, /scan \[options\] \[paths\.\.\.\]/);
  });

  it('reads Compose variables from --env-file instead of the .env beside the Compose file', async () => {
    const dir = makeTree({
      'app/compose.yaml': 'services:\n  app:\n    image: app:1.2\n    privileged: ${PRIV}\n',
      'app/.env': 'PRIV=false\n',
      'prod.env': 'PRIV=true\n',
    });
    const beside = fakeIo(dir, false);
    assert.equal(await main(['scan', '--only', 'compose-no-privileged', '--jobs', '1'], beside), 0);
    assert.match(beside.out, /No findings/i);
    const prod = fakeIo(dir, false);
    assert.equal(await main(['scan', '--only', 'compose-no-privileged', '--jobs', '1', '--env-file', 'prod.env'], prod), 1);
    assert.equal(prod.out, "app/compose.yaml\n  4:17  error    Service 'app' runs privileged: every capability, every host device, no seccomp or AppArmor confinement; `${PRIV}` is true (from prod.env)  compose-no-privileged\n\n1 finding (1 error) in 1 of 1 file.\n");
    const missing = fakeIo(dir, false);
    assert.equal(await main(['scan', '--env-file', 'nope.env'], missing), 2);
    assert.match(missing.err, /--env-file .*nope\.env does not exist/);
  });
});
