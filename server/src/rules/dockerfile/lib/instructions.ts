/**
 * Reading Dockerfile instructions the way BuildKit does for the rules that
 * need no shell parsing: variables in effect in a stage (ARG and ENV, inherited
 * through `FROM <stage>`), COPY/ADD sources and flags, EXPOSE ports, JSON
 * (exec) form, and edits that remove or insert whole instructions.
 */
import type { Argument, Flag, Instruction, Property } from 'dockerfile-ast';
import { derived, eolOf, isExecForm, jsonArgs, stageChain, substitute, type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';
import type { Position, Range, TextEdit } from '../../types.js';

const DEVELOPMENT = /(?:^|[./_-])(?:dev|develop|development|debug|local|test|tests|testing)(?:[./_-]|$)/i;

/**
 * Whether the file or its final stage is meant for development, not for
 * shipping: `Dockerfile.dev`, `dev.Dockerfile`, `Dockerfile.debug`, a final
 * stage named `dev-envs` or `test`.
 */
export function isDevelopmentBuild(path: string, stage: Stage | undefined): boolean {
  return DEVELOPMENT.test(path.split(/[\\/]/).pop() ?? '') || DEVELOPMENT.test(stage?.name ?? '');
}

/** The command a stage starts (its last CMD or ENTRYPOINT, inherited ones included) as words; undefined when none. */
export function startCommand(stage: Stage): { instruction: Instruction; argv: string[] } | undefined {
  const start = [...chainOf(stage)].reverse().find((i) => i.getKeyword() === 'ENTRYPOINT' || i.getKeyword() === 'CMD');
  if (!start) return undefined;
  const content = (start.getArgumentsContent() ?? '').trim();
  const argv = (isExecForm(start) ? jsonArgs(content) : content.split(/\s+/).filter(Boolean)) ?? [];
  return { instruction: start, argv };
}

/**
 * Whether the stage builds a base image rather than an application: it
 * starts nothing, or only a bare interpreter or shell (`CMD ["python3"]`,
 * `CMD ["bash"]`), as official language images do.
 */
export function isBaseImageBuild(stage: Stage): boolean {
  const cmd = startCommand(stage);
  if (!cmd) return true;
  return cmd.argv.length === 1 && /^(?:(?:\/usr)?(?:\/local)?(?:\/bin\/)?)?(?:python\d*(?:\.\d+)?|pypy3?|node|java|jshell|irb|php|ruby|dotnet|sh|bash|ash|dash)$/.test(cmd.argv[0]);
}

/** Instructions of a stage and the earlier stages it builds on, oldest first. The list is shared: do not change it. */
export function chainOf(stage: Stage): Instruction[] {
  return (stage as StageWithChain)[CHAIN] ??= stageChain(stage).reverse().flatMap((s) => s.instructions);
}

/** A stage's {@link chainOf}, kept on the stage (stages and their parents do not change after parsing). */
const CHAIN = Symbol('chain');
type StageWithChain = Stage & { [CHAIN]?: Instruction[] };

/** Instructions with the keyword in the stage only. */
export function instructionsOf(stage: Stage, keyword: string): Instruction[] {
  return stage.instructions.filter((i) => i.getKeyword() === keyword);
}

/** `ENV`/`ARG`/`LABEL` key-value pairs (empty for other instructions). */
export function propertiesOf(instr: Instruction): Property[] {
  const p = (instr as unknown as { getProperties?: () => Property[] }).getProperties;
  return typeof p === 'function' ? p.call(instr) : [];
}

/** Flags such as `--from=x` of COPY/ADD/FROM/RUN/HEALTHCHECK (empty for others). */
export function flagsOf(instr: Instruction): Flag[] {
  const f = (instr as unknown as { getFlags?: () => Flag[] }).getFlags;
  return typeof f === 'function' ? f.call(instr) : [];
}

/** A variable in effect at some point of a stage. */
export interface VarBinding {
  /** Its value after substitution; undefined when it is declared without a known value. */
  value?: string;
  /** The ENV or ARG that set it last. */
  instruction: Instruction;
  property: Property;
  kind: 'ENV' | 'ARG';
}

/** Per stage, what {@link stageVariables} and {@link resolveIn} answered, by the instruction asked about (undefined: the stage's end). */
function variablesAsked(_model: DockerfileModel): Map<Stage, Map<Instruction | undefined, { vars: Map<string, VarBinding>; values?: Map<string, string | undefined> }>> {
  return new Map();
}

function variablesAt(model: DockerfileModel, stage: Stage, until: Instruction | undefined) {
  const byStage = derived(model, variablesAsked);
  let asked = byStage.get(stage);
  if (!asked) byStage.set(stage, asked = new Map());
  let known = asked.get(until);
  if (!known) asked.set(until, known = { vars: computeStageVariables(model, stage, until) });
  return known;
}

/**
 * Variables in effect in a stage just before `until` (or at its end):
 * global ARG defaults re-declared in the stage, stage ARGs and ENVs, and the
 * ENV of the stages it is built `FROM`. ARG defaults can be overridden by
 * build arguments; callers treat them as the default build. Computed once per
 * model, stage and `until`: the map is shared, do not change it.
 */
export function stageVariables(model: DockerfileModel, stage: Stage, until?: Instruction): Map<string, VarBinding> {
  return variablesAt(model, stage, until).vars;
}

function computeStageVariables(model: DockerfileModel, stage: Stage, until?: Instruction): Map<string, VarBinding> {
  const vars = new Map<string, VarBinding>();
  const chain = stageChain(stage).reverse();
  for (const s of chain) {
    // ARGs do not cross stage boundaries; ENVs do.
    for (const [name, b] of [...vars]) if (b.kind === 'ARG') vars.delete(name);
    for (const instr of s.instructions) {
      if (instr === until) return vars;
      const kw = instr.getKeyword();
      if (kw !== 'ENV' && kw !== 'ARG') continue;
      const values = new Map<string, string | undefined>([...vars].map(([k, v]) => [k, v.value]));
      for (const prop of propertiesOf(instr)) {
        const name = prop.getName();
        let raw = prop.getValue();
        let value: string | undefined;
        if (raw === null || raw === undefined) {
          if (kw === 'ENV') continue;
          // `ARG X` takes the global default when there is one.
          value = model.globalArgs.get(name);
        } else {
          value = substitute(raw, values);
        }
        vars.set(name, { value, instruction: instr, property: prop, kind: kw });
        if (kw === 'ENV') values.set(name, value);
      }
    }
  }
  return vars;
}

/** Substitutes the variables in effect before `at` in the stage (global ARGs included); undefined when something is unknown. */
export function resolveIn(model: DockerfileModel, stage: Stage, at: Instruction, text: string): string | undefined {
  const known = variablesAt(model, stage, at);
  known.values ??= new Map<string, string | undefined>([...known.vars].map(([k, v]) => [k, v.value]));
  return substitute(text, known.values);
}

/** A COPY/ADD read without shell rules: flags, sources and destination. */
export interface CopyArgs {
  flags: Flag[];
  sources: { value: string; range: Range }[];
  dest?: { value: string; range: Range };
  json: boolean;
  heredoc: boolean;
}

/** Where each string of a one-line JSON array starts and ends (`content` begins at `range.start`). */
function jsonStringRanges(content: string, range: Range): Range[] | undefined {
  if (range.start.line !== range.end.line) return undefined;
  const { line, character } = range.start;
  return [...content.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((m) => ({
    start: { line, character: character + m.index },
    end: { line, character: character + m.index + m[0].length },
  }));
}

/**
 * Arguments as the author wrote them: a quoted path with spaces (`"b c"`) is
 * one word (quotes kept), as hadolint reads it. The parser splits it at the
 * spaces; the pieces are joined back when they sit on one line.
 */
function quotedWords(args: Argument[]): { value: string; range: Range }[] {
  const words: { value: string; range: Range }[] = [];
  for (let k = 0; k < args.length; k++) {
    let value = args[k].getValue();
    const range = args[k].getRange();
    const quote = /^["']/.exec(value)?.[0];
    if (quote && !(value.length > 1 && value.endsWith(quote))) {
      let end = k;
      while (end + 1 < args.length && args[end + 1].getRange().start.line === range.start.line && (end === k || !args[end].getValue().endsWith(quote))) end++;
      if (end > k && args[end].getValue().endsWith(quote)) {
        for (let j = k + 1; j <= end; j++) value += ' '.repeat(args[j].getRange().start.character - args[j - 1].getRange().end.character) + args[j].getValue();
        words.push({ value, range: { start: range.start, end: args[end].getRange().end } });
        k = end;
        continue;
      }
    }
    words.push({ value, range });
  }
  return words;
}

/** The parts of a COPY or ADD (JSON form included). */
export function copyArgs(instr: Instruction): CopyArgs {
  const flags = flagsOf(instr);
  const args: Argument[] = instr.getArguments();
  const heredoc = args.some((a) => a.getValue().startsWith('<<'));
  const content = (instr.getArgumentsContent() ?? '').trim();
  const json = content.startsWith('[') ? jsonArgs(content) : undefined;
  if (json) {
    const range = instr.getArgumentsRange() ?? instr.getRange();
    const strings = jsonStringRanges(content, range);
    const all = json.map((value, k) => ({ value, range: strings?.length === json.length ? strings[k] : range }));
    return { flags, sources: all.slice(0, -1), dest: all.at(-1), json: true, heredoc };
  }
  if (heredoc) return { flags, sources: [], dest: undefined, json: false, heredoc };
  const all = quotedWords(args);
  return { flags, sources: all.slice(0, -1), dest: all.at(-1), json: false, heredoc };
}



/** One port (or range) of an EXPOSE. */
export interface ExposedPort {
  instruction: Instruction;
  range: Range;
  text: string;
  /** Resolved values; undefined when a variable is unknown or the text is not a port. */
  start?: number;
  end?: number;
  protocol?: string;
}

/** The ports an EXPOSE lists, with variables resolved from the stage. */
export function exposedPorts(model: DockerfileModel, stage: Stage, instr: Instruction): ExposedPort[] {
  return instr.getArguments().map((a) => {
    const text = a.getValue();
    const resolved = resolveIn(model, stage, instr, text);
    const m = resolved === undefined ? null : /^(\d+)(?:-(\d+))?(?:\/([A-Za-z]+))?$/.exec(resolved.trim());
    if (!m) return { instruction: instr, range: a.getRange(), text };
    return { instruction: instr, range: a.getRange(), text, start: Number(m[1]), end: Number(m[2] ?? m[1]), protocol: m[3]?.toLowerCase() };
  });
}

/** The stage (of the chain) an instruction belongs to. */
export function stageOfInstruction(model: DockerfileModel, instr: Instruction): Stage | undefined {
  return model.stages.find((s) => s.from === instr || s.instructions.includes(instr));
}

/** The start of the line after the instruction (or the end of the file). */
function afterInstruction(model: DockerfileModel, instr: Instruction): Position {
  const end = instr.getRange().end.line;
  if (end + 1 < model.lines.length) return { line: end + 1, character: 0 };
  return { line: end, character: model.lines[end]?.length ?? 0 };
}

/** An edit that deletes the whole lines of an instruction. */
export function removeInstructionEdit(model: DockerfileModel, instr: Instruction): TextEdit {
  const start = instr.getRange().start.line;
  const after = afterInstruction(model, instr);
  if (after.character === 0) return { range: { start: { line: start, character: 0 }, end: after }, newText: '' };
  // Last line of the file: also remove the line break before it.
  const prev = start > 0 ? { line: start - 1, character: model.lines[start - 1].length } : { line: start, character: 0 };
  return { range: { start: prev, end: after }, newText: '' };
}

/** An edit that inserts lines right after an instruction. */
export function insertAfterEdit(model: DockerfileModel, instr: Instruction, lines: string[]): TextEdit {
  const eol = eolOf(model);
  const at = afterInstruction(model, instr);
  const newText = at.character === 0 ? lines.join(eol) + eol : eol + lines.join(eol);
  return { range: { start: at, end: at }, newText };
}

/** Whether the instruction's last line ends with the escape character, so a line added after it would join it. */
export function endsContinued(model: DockerfileModel, instr: Instruction): boolean {
  for (let l = Math.min(instr.getRange().end.line, model.lines.length - 1); l >= instr.getRange().start.line; l--) {
    const text = model.lines[l].trimEnd();
    if (text) return text.endsWith(model.escapeChar);
  }
  return false;
}

/** An edit that appends lines at the end of the file. */
export function appendEdit(model: DockerfileModel, lines: string[]): TextEdit {
  const eol = eolOf(model);
  const last = model.lines.length - 1;
  const at = { line: last, character: model.lines[last].length };
  const endsWithBreak = model.lines[last] === '';
  return { range: { start: at, end: at }, newText: (endsWithBreak ? '' : eol) + lines.join(eol) + (endsWithBreak ? eol : '') };
}

/** The text of a range on one line. */
export function textOf(model: DockerfileModel, range: Range): string {
  if (range.start.line !== range.end.line) return '';
  return (model.lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
}

/** Writes a keyword in the case the instruction uses (`COPY` for `ADD`, `copy` for `add`). */
export function keywordLike(instr: Instruction, keyword: string): string {
  const written = instr.getInstruction();
  return written === written.toLowerCase() ? keyword.toLowerCase() : keyword.toUpperCase();
}
