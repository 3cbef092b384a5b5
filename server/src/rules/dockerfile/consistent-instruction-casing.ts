import doc from './consistent-instruction-casing.md';
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileRule } from '../kinds.js';

const isLower = (s: string) => s === s.toLowerCase();
const isUpper = (s: string) => s === s.toUpperCase();

/** Instruction keywords not all in the same case: the minority (and mixed-case ones) are reported. */
const rule: DockerfileRule = {
  meta: {
    id: 'consistent-instruction-casing',
    kind: 'dockerfile',
    title: 'Instruction keyword cased differently from the rest of the file',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['buildkit:ConsistentInstructionCasing'],
    doc,
  },
  check({ model, report }) {
    // As BuildKit: the stages' instructions count, not the ARGs above the first FROM.
    const judged: Instruction[] = model.stages.flatMap((s) => [s.from, ...s.instructions]);
    let lower = 0;
    let upper = 0;
    for (const instr of judged) {
      const kw = instr.getInstruction();
      if (isLower(kw)) lower++;
      else if (isUpper(kw)) upper++;
    }
    const majorityLower = lower > upper;
    for (const instr of judged) {
      const kw = instr.getInstruction();
      if (majorityLower ? isLower(kw) : isUpper(kw)) continue;
      const want = majorityLower ? kw.toLowerCase() : kw.toUpperCase();
      report({
        range: instr.getInstructionRange(),
        message: `Command '${kw}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
        fixes: [{ title: `Write it as ${want}`, safe: true, edits: [{ range: instr.getInstructionRange(), newText: want }] }],
      });
    }
  },
};

export default rule;
