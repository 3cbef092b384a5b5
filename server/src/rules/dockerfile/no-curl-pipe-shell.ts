import doc from './no-curl-pipe-shell.md';
import { parseOptions, shellRuns, type ShellCommand } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { Range } from '../types.js';

const SHELLS = /^(?:sh|bash|ash|dash|zsh|ksh|mksh)$/;
const INTERPRETERS = /^(?:python[\d.]*|perl|ruby|node|php)$/;
const CURL_VALUED = ['-o', '-u', '-H', '-d', '-X', '-A', '-e', '-w', '-x', '-T', '-F', '-b', '-c', '-C', '-m', '-r', '-E', '-K', '--output', '--user', '--header', '--data', '--request', '--url', '--connect-timeout', '--max-time', '--retry', '--retry-delay', '--cacert', '--cert', '--key', '--proxy', '--resolve', '--form', '--user-agent', '--referer', '--write-out', '--upload-file', '--limit-rate', '--data-raw', '--data-binary', '--cookie', '--cookie-jar', '--proto', '--output-dir', '--config'];
const WGET_VALUED = ['-O', '-o', '-a', '-P', '-U', '-e', '-t', '-T', '-w', '-i', '--output-document', '--output-file', '--directory-prefix', '--user-agent', '--header', '--tries', '--timeout', '--user', '--password'];

/** Whether a curl/wget command writes the download to standard output. */
function downloadsToStdout(cmd: ShellCommand): boolean {
  if (cmd.name === 'curl') {
    const { options } = parseOptions(cmd.args, { valued: CURL_VALUED });
    const out = options.find((o) => ['-o', '--output', '-O', '--remote-name', '--remote-name-all'].includes(o.name));
    return !out || (out.name === '-o' || out.name === '--output') && (out.value?.value === '-' || out.value?.value === '/dev/stdout');
  }
  if (cmd.name === 'wget') {
    const { options } = parseOptions(cmd.args, { valued: WGET_VALUED });
    const out = options.find((o) => o.name === '-O' || o.name === '--output-document');
    return out?.value?.value === '-' || out?.value?.value === '/dev/stdout';
  }
  return false;
}

/** Whether a shell or interpreter runs what arrives on its standard input (no `-c` script, no script file). */
function runsStdin(cmd: ShellCommand): boolean {
  const shell = SHELLS.test(cmd.name);
  if (!shell && !INTERPRETERS.test(cmd.name)) return false;
  const { options, positionals } = parseOptions(cmd.args, { valued: shell ? ['-o', '+o', '-O'] : ['-W', '-X'], stopAtOperand: true });
  if (options.some((o) => o.name === '-s')) return true;
  if (options.some((o) => ['-c', '-e', '-E', '-m', '-r', '-p', '-n', '--eval', '--print'].includes(o.name))) return false;
  return positionals.length === 0 || positionals[0].value === '-';
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || a.line === b.line && a.character <= b.character;
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/**
 * Whether `runner` executes the substitution that holds `download`: it is the
 * script of `sh -c "$(…)"` or `bash <(…)`, or an argument of `eval`/`source`/`.`.
 */
function runsSubstitution(runner: ShellCommand, download: ShellCommand): boolean {
  const word = runner.args.find((w) => contains(w.range, download.range));
  if (!word) return false;
  if (runner.name === 'eval' || runner.name === 'source' || runner.name === '.') return true;
  if (!SHELLS.test(runner.name) && !INTERPRETERS.test(runner.name)) return false;
  const { positionals } = parseOptions(runner.args, { valued: ['-o', '+o', '-O'], stopAtOperand: true });
  return positionals[0] === word;
}

/** The pipeline elements after `cmd`, following the chain. */
function downstream(cmd: ShellCommand): ShellCommand[] {
  const out: ShellCommand[] = [];
  let next = cmd.pipesInto;
  while (next.length) {
    out.push(...next);
    next = next.flatMap((c) => c.pipesInto);
  }
  return out;
}

const join = (a: Range, b: Range): Range => ({ start: a.start, end: b.end });

/** `curl … | sh`, `wget -O- … | bash`, `bash <(curl …)`, `sh -c "$(curl …)"`, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-curl-pipe-shell',
    kind: 'dockerfile',
    title: 'Downloaded script run without verification',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      for (const cmd of run.commands) {
        if (cmd.name !== 'curl' && cmd.name !== 'wget') continue;
        let runner: ShellCommand | undefined;
        let range: Range = cmd.range;
        if (cmd.inSubstitution && cmd.within && runsSubstitution(cmd.within, cmd)) {
          runner = cmd.within;
          range = cmd.within.range;
        } else if (downloadsToStdout(cmd)) {
          runner = downstream(cmd).find(runsStdin);
          if (runner) range = join(cmd.range, runner.range);
        }
        if (!runner) continue;
        report({
          range,
          message: `RUN runs what ${cmd.name} downloads with ${runner.name}, unverified: whatever the server (or anyone on the way) sends is executed in the build. Download to a file, check its checksum or signature, then run it`,
        });
      }
    }
  },
};

export default rule;
