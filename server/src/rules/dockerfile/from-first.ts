import doc from './from-first.md';
import type { DockerfileRule } from '../kinds.js';

/** A Dockerfile whose first instruction is neither FROM nor ARG. */
const rule: DockerfileRule = {
  meta: {
    id: 'from-first',
    kind: 'dockerfile',
    title: 'Dockerfile does not begin with FROM or ARG',
    defaultSeverity: 'error',
    fix: 'none',
    equivalents: ['hadolint:DL3061'],
    doc,
  },
  check({ model, report }) {
    const first = model.instructions[0];
    if (!first || first.getKeyword() === 'FROM' || first.getKeyword() === 'ARG') return;
    report({
      range: first.getInstructionRange(),
      message: `Invalid instruction order: a Dockerfile must begin with FROM, ARG or a comment, not ${first.getKeyword()}`,
    });
  },
};

export default rule;
