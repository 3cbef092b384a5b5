import doc from './from-as-casing.md';
import type { DockerfileRule } from '../kinds.js';

const isLower = (s: string) => s === s.toLowerCase();

/** `FROM image as name` (or `from image AS name`): the two keywords cased differently. */
const rule: DockerfileRule = {
  meta: {
    id: 'from-as-casing',
    kind: 'dockerfile',
    title: "'AS' cased differently from 'FROM'",
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['buildkit:FromAsCasing'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const from = stage.from.getInstruction();
      const as = stage.from.getArguments().find((a, i, all) => i > 0 && a.getValue().toLowerCase() === 'as' && all[i + 1] !== undefined && !all[i - 1].getValue().startsWith('--'));
      // A mixed-case FROM is consistent-instruction-casing's concern.
      if (!as || (!isLower(from) && from !== from.toUpperCase())) continue;
      const want = isLower(from) ? 'as' : 'AS';
      if (as.getValue() === want) continue;
      report({
        range: as.getRange(),
        message: `'${as.getValue()}' and '${from}' keywords' casing do not match`,
        fixes: [{ title: `Write it as ${want}`, safe: true, edits: [{ range: as.getRange(), newText: want }] }],
      });
    }
  },
};

export default rule;
