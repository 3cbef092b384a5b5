import doc from './no-consecutive-run.md';
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileRule } from '../kinds.js';
import { flagsOf } from './lib/instructions.js';

const flagText = (instr: Instruction) => flagsOf(instr).map((f) => `${f.getName()}=${f.getValue() ?? ''}`).sort().join(' ');

/** Two RUN instructions in a row with the same flags (opt-in). */
const rule: DockerfileRule = {
  meta: {
    id: 'no-consecutive-run',
    kind: 'dockerfile',
    title: 'Consecutive RUN instructions could be one',
    defaultSeverity: 'off',
    fix: 'none',
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
          report({
            range: instr.getInstructionRange(),
            message: `Multiple consecutive RUN instructions (line ${previous.getRange().start.line + 1} and this one): consider joining them with && into one layer`,
          });
        }
        previous = instr;
      }
    }
  },
};

export default rule;
