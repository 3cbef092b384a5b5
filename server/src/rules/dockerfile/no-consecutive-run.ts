import doc from './no-consecutive-run.md';
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileRule } from '../kinds.js';
import { eolOf, isExecForm, type DockerfileModel } from '../../parse/dockerfile.js';
import type { Fix } from '../types.js';
import { flagsOf } from './lib/instructions.js';

const flagText = (instr: Instruction) => flagsOf(instr).map((f) => `${f.getName()}=${f.getValue() ?? ''}`).sort().join(' ');

/** A shell-form RUN with no flags and no heredoc, whose body may be joined with `&&`. */
function joinable(instr: Instruction): boolean {
  const args = instr.getArguments();
  return args.length > 0 && flagsOf(instr).length === 0 && !isExecForm(instr) && !args.some((a) => a.getValue().startsWith('<<'));
}

/**
 * Joins this RUN to the one right above it: `RUN a` + `RUN b` → `RUN a && \`
 * + `    b`, the lines otherwise as written. Only for plain shell-form RUNs on
 * consecutive lines, with the default escape character.
 */
function joinFix(model: DockerfileModel, previous: Instruction, instr: Instruction): Fix | undefined {
  if (model.escapeChar !== '\\' || !joinable(previous) || !joinable(instr)) return undefined;
  const end = previous.getRange().end;
  const start = instr.getArgumentsRange()?.start;
  if (!start || start.line !== end.line + 1 || instr.getRange().start.line !== start.line) return undefined;
  // A trailing comment or continuation on the line above would swallow the join.
  if (/[\\#]/.test((model.lines[end.line] ?? '').slice(end.character))) return undefined;
  // A body that ends in an operator (`a;`, `a &`) cannot take `&& b`.
  if (/[;&|]$/.test((previous.getArgumentsContent() ?? '').trimEnd())) return undefined;
  const indent = /^[ \t]*/.exec(model.lines[previous.getRange().start.line] ?? '')![0];
  return {
    title: 'Join with the RUN above (one layer; a cd or variable set there now carries over)',
    safe: false,
    edits: [{ range: { start: end, end: start }, newText: ` && \\${eolOf(model)}${indent}    ` }],
  };
}

/** Two RUN instructions in a row with the same flags (opt-in). */
const rule: DockerfileRule = {
  meta: {
    id: 'no-consecutive-run',
    kind: 'dockerfile',
    title: 'Consecutive RUN instructions could be one',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3059'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      let previous: Instruction | undefined;
      for (const instr of stage.instructions) {
        if (instr.getKeyword() !== 'RUN') {
          previous = undefined;
          continue;
        }
        if (previous && flagText(previous) === flagText(instr)) {
          const fix = joinFix(model, previous, instr);
          report({
            range: instr.getInstructionRange(),
            fixes: fix ? [fix] : [],
            message: `Multiple consecutive RUN instructions (line ${previous.getRange().start.line + 1} and this one): consider joining them with && into one layer`,
          });
        }
        previous = instr;
      }
    }
  },
};

export default rule;
