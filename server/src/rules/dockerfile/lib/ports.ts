/** EXPOSE ports in effect in a stage (its own and those of the stages it builds on). */
import { stageChain, type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';
import type { Range, TextEdit } from '../../types.js';
import { exposedPorts, removeInstructionEdit, type ExposedPort } from './instructions.js';
import { withTriggers } from './onbuild.js';

export function stagePorts(model: DockerfileModel, stage: Stage): ExposedPort[] {
  return stageChain(stage).reverse().flatMap((s) =>
    s.instructions.filter((i) => i.getKeyword() === 'EXPOSE').flatMap((i) => exposedPorts(model, s, i)));
}

/**
 * The edit that takes one port out of its EXPOSE: the whole instruction when
 * it is the only port, else the port with the space before it (after it, for
 * the first port).
 */
export function removePortEdit(model: DockerfileModel, port: ExposedPort): TextEdit | undefined {
  const args = port.instruction.getArguments();
  const i = args.findIndex((a) => samePosition(a.getRange().start, port.range.start));
  if (i < 0) return undefined;
  if (args.length === 1) return removeInstructionEdit(model, port.instruction);
  const range = i > 0
    ? { start: args[i - 1].getRange().end, end: args[i].getRange().end }
    : { start: args[0].getRange().start, end: args[1].getRange().start };
  return { range, newText: '' };
}

/** The edit that writes another port (keeping a `/tcp` or `/udp` suffix) in place of a literal single port; undefined for variables and ranges. */
export function replacePortEdit(port: ExposedPort, newPort: number): TextEdit | undefined {
  const m = /^(\d+)(\/[A-Za-z]+)?$/.exec(port.text);
  return m ? { range: port.range, newText: `${newPort}${m[2] ?? ''}` } : undefined;
}

/**
 * Every argument of every EXPOSE (ONBUILD triggers too) as written, with its
 * range; `inPlace` when the text spans its range exactly on one line, so an
 * edit can replace it (not split by a continuation, no escapes).
 */
export function exposeArguments(model: DockerfileModel): { text: string; range: Range; inPlace: boolean }[] {
  return withTriggers(model, 'EXPOSE').flatMap((instr) => instr.getArguments().map((arg) => {
    const text = arg.getValue();
    const range = arg.getRange();
    return { text, range, inPlace: range.start.line === range.end.line && range.end.character - range.start.character === text.length };
  }));
}

function samePosition(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line === b.line && a.character === b.character;
}
