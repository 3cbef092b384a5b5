import doc from './no-curl-pipe-shell.md';
import { parseOptions, shellRuns, type ShellCommand } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix, Range, TextEdit } from '../types.js';
import type { DockerfileModel } from '../../parse/dockerfile.js';
import { oneLine, textBetween } from './lib/run.js';

const SHELLS = /^(?:sh|bash|ash|dash|zsh|ksh|mksh)$/;
const INTERPRETERS = /^(?:python[\d.]*|perl|ruby|node|php)$/;
const CURL_VALUED = ['-o', '-u', '-H', '-d', '-X', '-A', '-e', '-w', '-x', '-T', '-F', '-b', '-c', '-C', '-m', '-r', '-E', '-K', '--output', '--user', '--header', '--data', '--request', '--url', '--connect-timeout', '--max-time', '--retry', '--retry-delay', '--cacert', '--cert', '--key', '--proxy', '--resolve', '--form', '--user-agent', '--referer', '--write-out', '--upload-file', '--limit-rate', '--data-raw', '--data-binary', '--cookie', '--cookie-jar', '--proto', '--output-dir', '--config'];
const WGET_VALUED = ['-O', '-o', '-a', '-P', '-U', '-e', '-t', '-T', '-w', '-i', '--output-document', '--output-file', '--directory-prefix', '--user-agent', '--header', '--tries', '--timeout', '--user', '--password'];

/** The option that sends a curl/wget download somewhere, if any. */
function outputOption(cmd: ShellCommand) {
  if (cmd.name === 'curl') {
    const { options } = parseOptions(cmd.args, { valued: CURL_VALUED });
    return options.find((o) => ['-o', '--output', '-O', '--remote-name', '--remote-name-all'].includes(o.name));
  }
  const { options } = parseOptions(cmd.args, { valued: WGET_VALUED });
  return options.find((o) => o.name === '-O' || o.name === '--output-document');
}

/** Whether a curl/wget command writes the download to standard output. */
function downloadsToStdout(cmd: ShellCommand): boolean {
  if (cmd.name !== 'curl' && cmd.name !== 'wget') return false;
  const out = outputOption(cmd);
  const toStdout = out?.value?.value === '-' || out?.value?.value === '/dev/stdout';
  if (cmd.name === 'wget') return toStdout;
  return !out || ((out.name === '-o' || out.name === '--output') && toStdout);
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

const SCRIPT = '/tmp/install.sh';

/** The position of the first `|` at or after `from` (the text before it was checked to be blanks and continuations). */
function barAfter(model: DockerfileModel, from: Range['start']): Range['start'] | undefined {
  for (let line = from.line; line < model.lines.length && line <= from.line + 50; line++) {
    const text = model.lines[line] ?? '';
    const at = text.indexOf('|', line === from.line ? from.character : 0);
    if (at >= 0) return { line, character: at };
  }
  return undefined;
}
const FIX_TITLE = `Download to ${SCRIPT}, check it against a SHA-256 placeholder you must fill in, then run it`;

/**
 * The shell's arguments with the script file in place of standard input:
 * its options (less `-s`), the file, then the script's own arguments
 * (`bash -e -s -- --yes` → `bash -e /tmp/install.sh --yes`). Undefined for
 * option clusters that hold `-s` or `-c`.
 */
function scriptArgs(runner: ShellCommand): string | undefined {
  const args = runner.args;
  const options: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const v = args[i].value;
    if (v === '--' || v === '-') {
      i++;
      break;
    }
    if (v === '-s') continue;
    if (v === '-o' || v === '+o' || v === '-O' || v === '+O') {
      if (!args[i + 1]) return undefined;
      options.push(args[i].text, args[i + 1].text);
      i++;
      continue;
    }
    if (/^[-+][A-Za-z]+$/.test(v)) {
      if (/[sc]/.test(v.slice(1))) return undefined;
      options.push(args[i].text);
      continue;
    }
    if (v.startsWith('--')) {
      options.push(args[i].text);
      continue;
    }
    break;
  }
  return [...options, SCRIPT, ...args.slice(i).map((w) => w.text)].join(' ');
}

/**
 * `curl … | sh` → `curl … -o /tmp/install.sh && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh`,
 * keeping the download's options, the shell (and a `sudo` before it) and its
 * arguments. Only for a plain two-command pipeline in shell-form RUN text
 * whose shell's words sit on one line; undefined otherwise.
 */
function verifiedRunFix(model: DockerfileModel, cmd: ShellCommand, runner: ShellCommand): Fix | undefined {
  const run = cmd.run;
  if (run.form !== 'shell' || run.syntaxErrors || cmd.origin !== 'shell' || runner.origin !== 'shell') return undefined;
  if (cmd.inSubstitution || cmd.inCondition || cmd.inFunction || runner.inCondition || runner.inFunction) return undefined;
  if (cmd.pipedFrom.length || cmd.pipesInto.length !== 1 || cmd.pipesInto[0] !== runner || runner.pipesInto.length || runner.pipedFrom.length !== 1) return undefined;
  if (!SHELLS.test(runner.name) || runner.assignments.length) return undefined;
  const between = textBetween(model, cmd.range.end, runner.range.start);
  if (between.replace(/\\[ \t]*\r?\n/g, ' ').trim() !== '|') return undefined;
  const tail = { start: runner.nameWord.range.end, end: runner.range.end };
  if (!oneLine(tail)) return undefined;
  const shellArgs = scriptArgs(runner);
  if (shellArgs === undefined) return undefined;
  const edits: TextEdit[] = [];
  let output = '';
  const out = outputOption(cmd);
  if (!out) {
    output = cmd.name === 'curl' ? ` -o ${SCRIPT}` : ` -O ${SCRIPT}`;
  } else {
    if (!out.value || !oneLine(out.value.range)) return undefined;
    const attached = out.value.range.start.line === out.word.range.start.line && out.value.range.start.character < out.word.range.end.character;
    edits.push({ range: out.value.range, newText: attached && !out.name.startsWith('--') ? ` ${SCRIPT}` : SCRIPT });
  }
  const bar = barAfter(model, cmd.range.end);
  if (!bar) return undefined;
  const line = model.lines[bar.line] ?? '';
  const lead = /[ \t]/.test(line[bar.character - 1] ?? ' ') ? '' : ' ';
  const trail = /[ \t]/.test(line[bar.character + 1] ?? ' ') ? '' : ' ';
  const check = `${lead}&& echo "<sha256>  ${SCRIPT}" | sha256sum -c - &&${trail}`;
  const atEnd = bar.line === cmd.range.end.line && bar.character === cmd.range.end.character;
  if (output && !atEnd) edits.push({ range: { start: cmd.range.end, end: cmd.range.end }, newText: output });
  edits.push({ range: { start: bar, end: { line: bar.line, character: bar.character + 1 } }, newText: (atEnd ? output : '') + check });
  edits.push({ range: tail, newText: ` ${shellArgs}` });
  return { title: FIX_TITLE, safe: false, edits };
}

/** `curl … | sh`, `wget -O- … | bash`, `bash <(curl …)`, `sh -c "$(curl …)"`, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-curl-pipe-shell',
    kind: 'dockerfile',
    title: 'Downloaded script run without verification',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      for (const cmd of run.commands) {
        if (cmd.name !== 'curl' && cmd.name !== 'wget') continue;
        let runner: ShellCommand | undefined;
        let range: Range = cmd.range;
        let fix: Fix | undefined;
        if (cmd.inSubstitution && cmd.within && runsSubstitution(cmd.within, cmd)) {
          runner = cmd.within;
          range = cmd.within.range;
        } else if (downloadsToStdout(cmd)) {
          runner = downstream(cmd).find(runsStdin);
          if (runner) {
            range = join(cmd.range, runner.range);
            fix = verifiedRunFix(model, cmd, runner);
          }
        }
        if (!runner) continue;
        report({
          range,
          ...(fix ? { fixes: [fix] } : {}),
          message: `RUN runs what ${cmd.name} downloads with ${runner.name}, unverified: whatever the server (or anyone on the way) sends is executed in the build. Download to a file, check its checksum or signature, then run it`,
        });
      }
    }
  },
};

export default rule;
