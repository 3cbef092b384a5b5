/**
 * Turning a secret held in `ENV` or `ARG` into a build secret: the property
 * goes, and the RUN instructions that saw it as a variable read it from
 * `RUN --mount=type=secret,id=<name>,env=<NAME>` instead (BuildKit ≥ 0.14).
 */
import type { Instruction, Property } from 'dockerfile-ast';
import { stageChain, type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';
import type { Fix, TextEdit } from '../../types.js';
import { propertiesOf, removeInstructionEdit, stageOfInstruction } from './instructions.js';

/** The whole text of an instruction, continuation lines included. */
function fullText(model: DockerfileModel, instr: Instruction): string {
  const r = instr.getRange();
  return model.lines.slice(r.start.line, r.end.line + 1).join('\n');
}

/** Whether the text refers to `$NAME` or `${NAME…}`. */
function mentions(text: string, name: string): boolean {
  let at = text.indexOf('$');
  while (at >= 0) {
    const rest = text.startsWith('{', at + 1) ? text.slice(at + 2) : text.slice(at + 1);
    if (rest.startsWith(name) && !/^[A-Za-z0-9_]/.test(rest.slice(name.length))) return true;
    at = text.indexOf('$', at + 1);
  }
  return false;
}

/** An edit that removes one property of a multi-property ENV/ARG/LABEL on one line, with the blanks before it. */
export function removePropertyEdit(model: DockerfileModel, instr: Instruction, prop: Property): TextEdit | undefined {
  const props = propertiesOf(instr);
  if (props.length === 1) return instr.getKeyword() === 'ONBUILD' ? undefined : removeInstructionEdit(model, instr);
  const i = props.indexOf(prop);
  const range = prop.getRange();
  if (i < 0 || range.start.line !== range.end.line) return undefined;
  if (i > 0) {
    const prev = props[i - 1].getRange().end;
    if (prev.line !== range.start.line) return undefined;
    return { range: { start: prev, end: range.end }, newText: '' };
  }
  const next = props[i + 1].getRange().start;
  if (next.line !== range.start.line) return undefined;
  return { range: { start: range.start, end: next }, newText: '' };
}

/** The stages an ENV of `stage` reaches: the stage and the later ones built on it. */
function reachedBy(model: DockerfileModel, stage: Stage, kw: string): Stage[] {
  if (kw === 'ARG') return [stage];
  return model.stages.filter((s) => stageChain(s).includes(stage));
}

/**
 * The fix for a secret in `ENV NAME=…` or `ARG NAME`: remove it and mount a
 * build secret as `$NAME` on the RUNs of its scope that use it (on every
 * later RUN of the scope when none names it, since a tool may read it from
 * the environment). Undefined when another kind of instruction uses the
 * variable, when it is declared again later, or for a global ARG that a
 * stage or FROM still uses.
 */
export function secretMountFix(model: DockerfileModel, instr: Instruction, prop: Property): Fix | undefined {
  const kw = instr.getKeyword();
  if (kw !== 'ENV' && kw !== 'ARG') return undefined;
  const name = prop.getName();
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  const remove = removePropertyEdit(model, instr, prop);
  if (!remove) return undefined;
  const stage = stageOfInstruction(model, instr);
  const line = instr.getRange().end.line;
  if (!stage) {
    // A global ARG is seen only by FROM lines and by stages that declare it again.
    const used = model.instructions.some((i) => i !== instr && (i.getKeyword() === 'FROM' && mentions(fullText(model, i), name) || i.getKeyword() === 'ARG' && propertiesOf(i).some((p) => p.getName() === name)));
    if (used) return undefined;
    return { title: `Remove the unused global ARG ${name}`, safe: false, edits: [remove] };
  }
  const scope = reachedBy(model, stage, kw).flatMap((s) => s.instructions.filter((i) => s !== stage || i.getRange().start.line > line));
  const runs: Instruction[] = [];
  const using: Instruction[] = [];
  for (const i of scope) {
    const k = i.getKeyword();
    if ((k === 'ENV' || k === 'ARG') && propertiesOf(i).some((p) => p.getName() === name)) return undefined;
    const text = fullText(model, i);
    if (k === 'RUN') {
      runs.push(i);
      if (mentions(text, name)) using.push(i);
    } else if (mentions(text, name)) {
      return undefined;
    }
  }
  const id = name.toLowerCase();
  const mount = `--mount=type=secret,id=${id},env=${name}`;
  const targets = using.length ? using : runs;
  const edits: TextEdit[] = [remove];
  for (const run of targets) {
    if (fullText(model, run).includes(`env=${name}`)) continue;
    const at = run.getInstructionRange().end;
    edits.push({ range: { start: at, end: at }, newText: ` ${mount}` });
  }
  const build = `docker build --secret id=${id},env=${name}`;
  const runtime = kw === 'ENV' ? `; pass it with docker run -e ${name} if the application reads it` : '';
  if (!targets.length) {
    return { title: kw === 'ENV' ? `Remove ENV ${name} from the image (pass it with docker run -e ${name} if the application reads it)` : `Remove ARG ${name} (no RUN of the stage follows it)`, safe: false, edits };
  }
  const which = using.length ? `the RUN${using.length > 1 ? 's' : ''} that use${using.length > 1 ? '' : 's'} it` : `every later RUN${kw === 'ENV' ? '' : ' of the stage'}`;
  return { title: `Read ${name} from a build secret on ${which} (${build})${runtime}`, safe: false, edits };
}
