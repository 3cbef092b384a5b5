import doc from './no-cd-in-run.md';
import { shellRuns, type ShellCommand, type ShellRun } from '../../parse/shell.js';
import { eolOf, type DockerfileModel } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix, Position } from '../types.js';

/** The text between two positions. */
function between(model: DockerfileModel, a: Position, b: Position): string {
  if (a.line === b.line) return model.lines[a.line].slice(a.character, b.character);
  return [model.lines[a.line].slice(a.character), ...model.lines.slice(a.line + 1, b.line), model.lines[b.line].slice(0, b.character)].join('\n');
}

/**
 * `RUN cd /dir && rest` → `WORKDIR /dir` + `RUN rest`, and back to the
 * stage's earlier WORKDIR after it when there is one; only when the RUN
 * starts with a single `cd` to a literal absolute path joined by `&&`.
 */
function workdirFix(model: DockerfileModel, run: ShellRun, cmd: ShellCommand): Fix | undefined {
  const dir = cmd.args[0]?.value;
  const args = run.instruction.getArguments();
  if (run.form !== 'shell' || run.onbuild || run.flags.length || cmd.args.length !== 1 || !dir || !/^\/[^\s$`"'\\]*$/.test(dir)) return undefined;
  const start = args[0]?.getRange().start;
  if (!start || start.line !== cmd.range.start.line || start.character !== cmd.range.start.character) return undefined;
  const next = run.commands.find((c) => c.range.start.line > cmd.range.end.line || (c.range.start.line === cmd.range.end.line && c.range.start.character >= cmd.range.end.character));
  if (!next || !/^[ \t]*&&[ \t]*(\\[ \t]*\n[ \t]*)?$/.test(between(model, cmd.range.end, next.range.start))) return undefined;
  const eol = eolOf(model);
  const instr = run.instruction.getRange();
  const indent = /^[ \t]*/.exec(model.lines[instr.start.line])![0];
  const edits = [
    { range: { start: { line: instr.start.line, character: 0 }, end: { line: instr.start.line, character: 0 } }, newText: `${indent}WORKDIR ${dir}${eol}` },
    { range: { start: cmd.range.start, end: next.range.start }, newText: '' },
  ];
  const earlier = run.stage?.instructions.filter((i) => i.getKeyword() === 'WORKDIR' && i.getRange().start.line < instr.start.line).at(-1);
  const back = earlier?.getArguments().map((a) => a.getValue()).join(' ');
  if (back) {
    const end = instr.end;
    edits.push({ range: { start: end, end }, newText: `${eol}${indent}WORKDIR ${back}` });
  }
  return {
    title: back ? `Use WORKDIR ${dir} for this RUN instead of cd` : `Use WORKDIR ${dir} instead of cd (later instructions of the stage then run there too)`,
    safe: false,
    edits,
  };
}

/** `cd` as a command of a RUN (not inside `$(…)` or an `sh -c` script), in any stage; reported once per RUN. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-cd-in-run',
    kind: 'dockerfile',
    title: 'cd used in RUN instead of WORKDIR',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3003', 'trivy:DS-0013'],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      const cds = run.commands.filter((c) => c.name === 'cd' && !c.inSubstitution && c.origin !== 'nested');
      const cmd = cds[0];
      if (!cmd) continue;
      const dir = cmd.args[0]?.value;
      const more = cds.length > 1 ? ` (and ${cds.length - 1} more cd in this RUN)` : '';
      const fix = cds.length === 1 ? workdirFix(model, run, cmd) : undefined;
      report({
        range: cmd.range,
        fixes: fix ? [fix] : [],
        message: dir
          ? `cd ${dir}${more} changes directory only for the rest of this RUN, which is easy to lose track of; use WORKDIR ${dir} for the steps that work there`
          : `cd${more} changes directory only for the rest of this RUN, which is easy to lose track of; use WORKDIR for the steps that work elsewhere`,
      });
    }
  },
};

export default rule;
