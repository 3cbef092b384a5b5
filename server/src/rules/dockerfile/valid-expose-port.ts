import doc from './valid-expose-port.md';
import type { DockerfileRule } from '../kinds.js';
import type { Instruction } from 'dockerfile-ast';
import type { Stage } from '../../parse/dockerfile.js';
import { exposedPorts } from './lib/instructions.js';
import { triggersOf } from './lib/onbuild.js';
import { removePortEdit } from './lib/ports.js';
import { preambleStage, stagesWithPreamble } from './lib/preamble.js';

/** EXPOSE of a port outside 0–65535 (or a range whose end is before its start). */
const rule: DockerfileRule = {
  meta: {
    id: 'valid-expose-port',
    kind: 'dockerfile',
    title: 'EXPOSE port out of range',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3011', 'trivy:DS-0008'],
    doc,
  },
  check({ model, report }) {
    const judge = (stage: Stage, instr: Instruction, trigger = false) => {
      for (const p of exposedPorts(model, stage, instr)) {
        if (p.start === undefined || p.end === undefined) continue;
        if (p.start <= 65535 && p.end <= 65535 && p.start <= p.end) continue;
        const reversed = p.start > p.end && p.start <= 65535;
        const m = /^(\d+)-(\d+)(\/[A-Za-z]+)?$/.exec(p.text);
        const fix = reversed && m
          ? { title: `Write the range as ${m[2]}-${m[1]}`, safe: false, edits: [{ range: p.range, newText: `${m[2]}-${m[1]}${m[3] ?? ''}` }] }
          : undefined;
        const removal = !fix && !trigger ? removePortEdit(model, p) : undefined;
        report({
          range: p.range,
          fixes: fix ? [fix] : removal ? [{ title: `Remove ${p.text} from EXPOSE`, safe: false, edits: [removal] }] : [],
          message: p.start > p.end && p.end <= 65535
            ? `EXPOSE ${p.text}: the range ends before it starts`
            : `EXPOSE ${p.text}: ports range from 0 to 65535`,
        });
      }
    };
    for (const stage of stagesWithPreamble(model)) {
      for (const instr of stage.instructions) if (instr.getKeyword() === 'EXPOSE') judge(stage, instr);
    }
    // An ONBUILD EXPOSE sees the variables its image passes on (those of the stage it is written in).
    for (const { trigger, stage } of triggersOf(model, 'EXPOSE')) {
      const where = stage ?? preambleStage(model);
      if (where) judge(where, trigger, true);
    }
  },
};

export default rule;
