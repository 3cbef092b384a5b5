/**
 * Helpers for rules over RUN commands: which stages ship, who runs a RUN,
 * how to match commands and options, and edits that remove a word or option
 * without touching anything else on the line.
 */
import type { Instruction } from 'dockerfile-ast';
import { defaultUser } from '../../../knowledge/images.js';
import { derived, stageChain, substitute, type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';
import {
  allCommands, parseOptions, type OptionSpec, type ShellCommand, type ShellOption, type ShellWord,
} from '../../../parse/shell.js';
import type { Position, Range, TextEdit } from '../../types.js';
import { removeInstructionEdit } from './instructions.js';
import { isRootUser } from '../../../model/user.js';

/** The final stage and the stages it is built `FROM`: what ends up in the shipped image. */
export function shippedStages(model: DockerfileModel): Stage[] {
  return model.finalStage ? stageChain(model.finalStage) : [];
}

/** The commands of the RUNs whose results ship (final stage and its parents). */
export function shippedCommands(model: DockerfileModel): ShellCommand[] {
  return shippedStages(model).reverse().flatMap((s) => allCommands(model, s));
}

/** The USER instructions of each stage of a model. */
const stageUsers = (model: DockerfileModel): Map<Stage, Instruction[]> =>
  new Map(model.stages.map((s) => [s, s.instructions.filter((i) => i.getKeyword() === 'USER')]));

/** The USER instructions of a stage, computed once per model. */
function usersOf(model: DockerfileModel, stage: Stage): Instruction[] {
  return derived(model, stageUsers).get(stage) ?? stage.instructions.filter((i) => i.getKeyword() === 'USER');
}

/**
 * The user a RUN executes as: the last USER before it in its stage (or in
 * the stages it builds on), else the base image's default user, else root.
 * Undefined when it cannot be known (USER from an unknown ARG, unknown base).
 */
export function userAt(model: DockerfileModel, stage: Stage | undefined, instr: Instruction): string | undefined {
  if (!stage) return 'root';
  const line = instr.getRange().start.line;
  for (const s of stageChain(stage)) {
    const users = usersOf(model, s).filter((i) => s !== stage || i.getRange().start.line < line);
    const last = users.at(-1);
    if (last) return substitute((last.getArgumentsContent() ?? '').trim(), model.globalArgs);
  }
  const root = stageChain(stage).at(-1)!;
  if (root.scratch) return 'root';
  if (!root.image) return undefined;
  return defaultUser(root.image) ?? 'root';
}

/** Whether a RUN certainly runs as root. */
export function runsAsRoot(model: DockerfileModel, stage: Stage | undefined, instr: Instruction): boolean {
  const user = userAt(model, stage, instr);
  return user !== undefined && isRootUser(user);
}

/** Python launchers: `python3 -m pip …` is pip. */
const PYTHON = /^python(?:\d+(?:\.\d+)?)?$/;

/**
 * The tool a command runs, seeing `python -m pip` as `pip` and `pip3.12` as
 * `pip`; returns the name and the arguments after it.
 */
export function toolOf(cmd: ShellCommand): { tool: string; args: ShellWord[] } {
  if (PYTHON.test(cmd.name)) {
    const m = cmd.args.findIndex((a) => a.value === '-m');
    if (m >= 0 && cmd.args[m + 1] && /^pip\d*(?:\.\d+)?$/.test(cmd.args[m + 1].value)) return { tool: 'pip', args: cmd.args.slice(m + 2) };
  }
  if (/^pip\d*(?:\.\d+)?$/.test(cmd.name)) return { tool: 'pip', args: cmd.args };
  return { tool: cmd.name, args: cmd.args };
}

/** The options of a tool's command with the given names. */
export function optionsNamed(args: readonly ShellWord[], names: readonly string[], spec: OptionSpec = {}): ShellOption[] {
  return parseOptions(args, spec).options.filter((o) => names.includes(o.name));
}

function lineText(model: DockerfileModel, line: number): string {
  return model.lines[line] ?? '';
}

/**
 * Deletes a word and the blanks before it (or after it when it starts the
 * line), so `curl -k -s` becomes `curl -s`. Returns undefined when the word
 * spans lines.
 */
export function removeWordEdit(model: DockerfileModel, range: Range): TextEdit | undefined {
  if (range.start.line !== range.end.line) return undefined;
  const text = lineText(model, range.start.line);
  let start = range.start.character;
  let end = range.end.character;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (start === 0 || /\S/.test(text.slice(0, start)) === false) {
    start = range.start.character;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  }
  return { range: { start: { line: range.start.line, character: start }, end: { line: range.end.line, character: end } }, newText: '' };
}

/** Edits that remove an option: its letter from a cluster, the word, or the word and its separate value. */
export function removeOptionEdits(model: DockerfileModel, opt: ShellOption): TextEdit[] | undefined {
  if (opt.bundled) {
    if (opt.value) return undefined;
    return [{ range: opt.range, newText: '' }];
  }
  const word = removeWordEdit(model, opt.word.range);
  if (!word) return undefined;
  if (!opt.value || opt.value.range.start.line === opt.word.range.start.line && opt.value.range.start.character < opt.word.range.end.character) {
    // The value is part of the word (`--opt=value`, `-ovalue`).
    return [word];
  }
  const value = removeWordEdit(model, opt.value.range);
  if (!value || value.range.start.line !== word.range.start.line) return undefined;
  return [{ range: { start: word.range.start, end: value.range.end }, newText: '' }];
}

/** Whether a range lies on one line (edits to single words need that). */
export function oneLine(range: Range): boolean {
  return range.start.line === range.end.line;
}

/** The text between two positions of the Dockerfile (lines joined with `\n`). */
export function textBetween(model: DockerfileModel, a: Position, b: Position): string {
  if (a.line === b.line) return (model.lines[a.line] ?? '').slice(a.character, b.character);
  return [(model.lines[a.line] ?? '').slice(a.character), ...model.lines.slice(a.line + 1, b.line), (model.lines[b.line] ?? '').slice(0, b.character)].join('\n');
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Redirections written after a command: `< file`, `2>&1`, `>> log`. */
const REDIRECTS = /^(?:[ \t]*\d?(?:<<<|>>|<>|>&|<&|&>|<|>)[ \t]*[^\s;&|<>()]+)+/;

/** The whole pipeline a command is part of (`echo x | chpasswd` for `chpasswd`), as a range. */
function pipelineRange(model: DockerfileModel, cmd: ShellCommand): Range {
  let { start, end } = cmd.range;
  const seen = new Set<ShellCommand>();
  const walk = (c: ShellCommand): void => {
    if (seen.has(c)) return;
    seen.add(c);
    if (before(c.range.start, start)) start = c.range.start;
    if (before(end, c.range.end)) end = c.range.end;
    for (const p of c.pipedFrom) walk(p);
    for (const n of c.pipesInto) walk(n);
  };
  walk(cmd);
  // Redirections after the last word (`chpasswd < /tmp/pw`) belong to it.
  const redirects = REDIRECTS.exec((model.lines[end.line] ?? '').slice(end.character));
  if (redirects?.[0]) end = { line: end.line, character: end.character + redirects[0].length };
  return { start, end };
}

/**
 * Whether `text` only joins two commands with `&&` or `;` (blanks and line
 * continuations around it, no comment): what may be removed with one of them.
 */
function isJoiner(text: string, escape: string): boolean {
  if (escape !== '\\') return false;
  const bare = text.replace(/\\[ \t]*\r?\n/g, ' ').trim();
  return bare === '&&' || bare === ';';
}

/**
 * Edits that remove one command of a shell-form RUN — with its whole pipeline
 * (`echo x | chpasswd`) and the `&&` or `;` that joins it to its neighbour —
 * keeping the other commands, their continuations and other lines as
 * written; the whole RUN when it is the only command. Undefined when the
 * command is not one of a plain `&&`/`;` list (a condition, a substitution,
 * an `sh -c` script, a heredoc, `||`).
 */
export function removeCommandEdits(model: DockerfileModel, cmd: ShellCommand): TextEdit[] | undefined {
  const run = cmd.run;
  if (run.form !== 'shell' || cmd.origin !== 'shell' || cmd.inSubstitution || cmd.inCondition || cmd.inFunction || run.syntaxErrors) return undefined;
  const unit = pipelineRange(model, cmd);
  const args = run.instruction.getArgumentsRange();
  if (!args) return undefined;
  const bodyStart = run.flags.length ? run.flags.at(-1)!.range.end : args.start;
  const head = textBetween(model, bodyStart, unit.start).trim();
  const tail = textBetween(model, unit.end, args.end).trim();
  if (head === '' && tail === '') {
    if (run.onbuild) return undefined;
    return [removeInstructionEdit(model, run.instruction)];
  }
  const outside = run.commands.filter((c) => c.origin === 'shell' && (before(c.range.end, unit.start) || before(unit.end, c.range.start)));
  const prev = outside.filter((c) => before(c.range.end, unit.start)).reduce<ShellCommand | undefined>((a, c) => (!a || before(a.range.end, c.range.end) ? c : a), undefined);
  const next = outside.filter((c) => before(unit.end, c.range.start)).reduce<ShellCommand | undefined>((a, c) => (!a || before(c.range.start, a.range.start) ? c : a), undefined);
  if (prev && !isJoiner(textBetween(model, prev.range.end, unit.start), model.escapeChar)) return undefined;
  if (next && !isJoiner(textBetween(model, unit.end, next.range.start), model.escapeChar)) return undefined;
  if (prev) return [{ range: { start: prev.range.end, end: unit.end }, newText: '' }];
  if (next) return [{ range: { start: unit.start, end: next.range.start }, newText: '' }];
  return undefined;
}
