/**
 * Helpers for rules over RUN commands: which stages ship, who runs a RUN,
 * how to match commands and options, and edits that remove a word or option
 * without touching anything else on the line.
 */
import type { Instruction } from 'dockerfile-ast';
import { defaultUser } from '../../../knowledge/images.js';
import { stageChain, substitute, type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';
import {
  allCommands, parseOptions, type OptionSpec, type ShellCommand, type ShellOption, type ShellWord,
} from '../../../parse/shell.js';
import type { Range, TextEdit } from '../../types.js';
import { isRootUser } from '../../../model/user.js';

/** The final stage and the stages it is built `FROM`: what ends up in the shipped image. */
export function shippedStages(model: DockerfileModel): Stage[] {
  return model.finalStage ? stageChain(model.finalStage) : [];
}

/** The commands of the RUNs whose results ship (final stage and its parents). */
export function shippedCommands(model: DockerfileModel): ShellCommand[] {
  return shippedStages(model).reverse().flatMap((s) => allCommands(model, s));
}

/**
 * The user a RUN executes as: the last USER before it in its stage (or in
 * the stages it builds on), else the base image's default user, else root.
 * Undefined when it cannot be known (USER from an unknown ARG, unknown base).
 */
const stageUsers = new WeakMap<Stage, Instruction[]>();

/** The USER instructions of a stage, computed once per stage. */
function usersOf(stage: Stage): Instruction[] {
  let users = stageUsers.get(stage);
  if (!users) {
    users = stage.instructions.filter((i) => i.getKeyword() === 'USER');
    stageUsers.set(stage, users);
  }
  return users;
}

export function userAt(model: DockerfileModel, stage: Stage | undefined, instr: Instruction): string | undefined {
  if (!stage) return 'root';
  const line = instr.getRange().start.line;
  for (const s of stageChain(stage)) {
    const users = usersOf(s).filter((i) => s !== stage || i.getRange().start.line < line);
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
