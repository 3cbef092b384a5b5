import doc from './valid-expose-port.md';
import type { DockerfileRule } from '../kinds.js';
import { exposedPorts } from './lib/instructions.js';
import { stagesWithPreamble } from './lib/preamble.js';

/** EXPOSE of a port outside 0–65535 (or a range whose end is before its start). */
const rule: DockerfileRule = {
  meta: {
    id: 'valid-expose-port',
    kind: 'dockerfile',
    title: 'EXPOSE port out of range',
    defaultSeverity: 'error',
    fix: 'none',
    equivalents: ['hadolint:DL3011', 'trivy:DS-0008'],
    doc,
  },
  check({ model, report }) {
    for (const stage of stagesWithPreamble(model)) {
      for (const instr of stage.instructions) {
        if (instr.getKeyword() !== 'EXPOSE') continue;
        for (const p of exposedPorts(model, stage, instr)) {
          if (p.start === undefined || p.end === undefined) continue;
          if (p.start <= 65535 && p.end <= 65535 && p.start <= p.end) continue;
          report({
            range: p.range,
            message: p.start > p.end && p.end <= 65535
              ? `EXPOSE ${p.text}: the range ends before it starts`
              : `EXPOSE ${p.text}: ports range from 0 to 65535`,
          });
        }
      }
    }
  },
};

export default rule;
