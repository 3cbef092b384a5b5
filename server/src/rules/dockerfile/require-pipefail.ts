import doc from './require-pipefail.md';
import type { Heredoc } from 'dockerfile-ast';
import { baseImageOf, eolOf, type DockerfileModel } from '../../parse/dockerfile.js';
import { baseName, parseOptions, shellRuns, type ShellCommand, type ShellRun } from '../../parse/shell.js';
import { imageFamily } from '../../knowledge/images.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix, TextEdit } from '../types.js';
import { isAfter } from './lib/package-hygiene.js';

/** Shells whose `set -o pipefail` is known to work (busybox ash included). */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ksh', 'mksh', 'ash']);

/** Whether an argv (`SHELL`, shebang) turns pipefail on: `-o pipefail`, `-eo pipefail`, `-opipefail`. */
export function argvSetsPipefail(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '-opipefail' || (/^-[A-Za-z]*o$/.test(a) && argv[i + 1] === 'pipefail'));
}

/** Commands whose failure a pipe cannot hide: what they print is all they do. */
const CANNOT_FAIL = new Set(['echo', 'printf', 'yes', 'true', ':']);

/** The first command before the last one of the pipeline starting at `first` whose failure the pipe would hide. */
function hiddenFailure(first: ShellCommand): ShellCommand | undefined {
  for (let c: ShellCommand | undefined = first; c && c.pipeline && c.pipeline.index < c.pipeline.length - 1; c = c.pipesInto[0]) {
    if (!CANNOT_FAIL.has(c.name)) return c;
  }
  return undefined;
}

function setsPipefail(cmd: ShellCommand): boolean {
  if (cmd.name !== 'set') return false;
  return parseOptions(cmd.args, { valued: ['-o'] }).options.some((o) => o.name === '-o' && o.value?.value === 'pipefail');
}

/** The shebang line of a RUN's heredoc script, if it has one. */
function shebangOf(model: DockerfileModel, run: ShellRun): string | undefined {
  if (run.form !== 'heredoc') return undefined;
  const r = run.instruction.getRange();
  for (let l = r.start.line + 1; l <= r.end.line; l++) {
    const m = /^\s*#!\s*(.*)$/.exec(model.lines[l] ?? '');
    if (m) return m[1].trim();
  }
  return undefined;
}

/** Whether a RUN's heredoc script starts with a shebang that turns pipefail on. */
function shebangPipefail(model: DockerfileModel, run: ShellRun): boolean {
  const shebang = shebangOf(model, run);
  return shebang !== undefined && argvSetsPipefail(shebang.split(/\s+/));
}

/** Where the shell-form body starts on the RUN line (after `RUN` and its `--flags`), if it starts there. */
function bodyStart(model: DockerfileModel, run: ShellRun): { line: number; character: number } | undefined {
  const kw = run.instruction.getInstructionRange().end;
  const line = model.lines[kw.line] ?? '';
  const lead = /^[ \t]+(?:--\S+[ \t]+)*/.exec(line.slice(kw.character));
  if (!lead) return undefined;
  const at = kw.character + lead[0].length;
  if (at >= line.length || line[at] === model.escapeChar) return undefined;
  return { line: kw.line, character: at };
}

/**
 * The fix for a heredoc script: a `set -o pipefail` line at its top, when the
 * script is the only heredoc, has no shebang, and runs in a shell that has
 * pipefail (the RUN's shell, or the `bash` that reads it).
 */
function heredocFix(model: DockerfileModel, run: ShellRun, pipe: ShellCommand, shellHasPipefail: boolean): Fix[] {
  const docs = (run.instruction as unknown as { getHeredocs?: () => Heredoc[] }).getHeredocs?.() ?? [];
  const content = docs.length === 1 ? docs[0].getContentRange() : null;
  if (!content || pipe.origin !== 'heredoc' || content.start.character !== 0) return [];
  const reader = pipe.via?.name;
  if (reader ? !PIPEFAIL_SHELLS.has(reader) : !shellHasPipefail) return [];
  const first = model.lines[content.start.line] ?? '';
  if (/^\s*#!/.test(first)) return [];
  const indent = /^[ \t]*/.exec(first)![0];
  const at = { line: content.start.line, character: 0 };
  return [{ title: 'Add set -o pipefail at the start of the script', safe: false, edits: [{ range: { start: at, end: at }, newText: `${indent}set -o pipefail${eolOf(model)}` }] }];
}

function fixesFor(model: DockerfileModel, run: ShellRun, pipe: ShellCommand): Fix[] {
  const shell = baseName(run.shell[0] ?? '');
  const alpine = run.stage ? imageFamily(baseImageOf(run.stage)) === 'alpine' : false;
  const shellHasPipefail = PIPEFAIL_SHELLS.has(shell) || (shell === 'sh' && alpine);
  if (run.form === 'heredoc') {
    // A shebang script runs with its own interpreter, whatever SHELL says.
    if (shebangOf(model, run) !== undefined) return [];
    const fix = heredocFix(model, run, pipe, shellHasPipefail);
    if (fix.length || pipe.via) return fix;
  } else if (run.form !== 'shell') {
    return [];
  } else if (shellHasPipefail) {
    const at = bodyStart(model, run);
    if (!at) return [];
    return [{ title: 'Add set -o pipefail at the start of the RUN', safe: false, edits: [{ range: { start: at, end: at }, newText: 'set -o pipefail && ' }] }];
  }
  const debian = run.stage ? imageFamily(baseImageOf(run.stage)) === 'debian' : false;
  const defaultShell = run.shell.length === 2 && run.shell[0] === '/bin/sh' && run.shell[1] === '-c';
  if (shell === 'sh' && debian && defaultShell) {
    const start = run.instruction.getRange().start;
    const indent = /^[ \t]*/.exec(model.lines[start.line] ?? '')![0];
    const edit: TextEdit = { range: { start: { line: start.line, character: 0 }, end: { line: start.line, character: 0 } }, newText: `${indent}SHELL ["/bin/bash", "-o", "pipefail", "-c"]${eolOf(model)}` };
    return [{ title: 'Run this and later RUNs with bash -o pipefail', safe: false, edits: [edit] }];
  }
  return [];
}

/** A RUN whose pipe can hide a failure: no `set -o pipefail` before it and no pipefail `SHELL`. */
const rule: DockerfileRule = {
  meta: {
    id: 'require-pipefail',
    kind: 'dockerfile',
    title: 'Pipe in RUN without pipefail',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['hadolint:DL4006'],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      if (argvSetsPipefail(run.shell) || shebangPipefail(model, run)) continue;
      const own = run.commands.filter((c) => c.origin === 'shell' || c.origin === 'heredoc');
      const sets = own.filter(setsPipefail);
      const pipe = own
        .filter((c) => c.pipeline?.index === 0 && c.pipeline.length > 1 && !c.inCondition && !sets.some((s) => isAfter(c.range.start, s.range.start)))
        .map(hiddenFailure)
        .find((c) => c !== undefined);
      if (!pipe) continue;
      report({
        range: pipe.range,
        message: `${pipe.name} pipes into ${pipe.pipesInto[0]?.name ?? 'another command'}, and without pipefail the RUN only sees the last command's exit status: if ${pipe.name} fails the build carries on with its partial output; start the RUN with set -o pipefail && (or use SHELL ["/bin/bash", "-o", "pipefail", "-c"])`,
        fixes: fixesFor(model, run, pipe),
      });
    }
  },
};

export default rule;
