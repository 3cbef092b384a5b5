import doc from './from-first.md';
import type { DockerfileModel } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { endsContinued, insertAfterEdit, removeInstructionEdit } from './lib/instructions.js';

/**
 * Moves the instructions above the first FROM (other than ARG) to just below
 * it, in their order and as written. Docker refuses them where they are.
 */
function moveFix(model: DockerfileModel): Fix[] {
  const from = model.stages[0]?.from;
  if (!from || endsContinued(model, from)) return [];
  const before = model.instructions.filter((i) => i.getRange().start.line < from.getRange().start.line && i.getKeyword() !== 'ARG');
  if (before.length === 0 || before.some((i) => endsContinued(model, i))) return [];
  const lines = before.flatMap((i) => model.lines.slice(i.getRange().start.line, i.getRange().end.line + 1));
  const what = before.length === 1 ? before[0].getKeyword() : `the ${before.length} instructions above the first FROM`;
  return [{ title: `Move ${what} below ${before.length === 1 ? 'the first FROM' : 'it'}`, safe: false, edits: [...before.map((i) => removeInstructionEdit(model, i)), insertAfterEdit(model, from, lines)] }];
}

/** A Dockerfile whose first instruction is neither FROM nor ARG. */
const rule: DockerfileRule = {
  meta: {
    id: 'from-first',
    kind: 'dockerfile',
    title: 'Dockerfile does not begin with FROM or ARG',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3061'],
    doc,
  },
  check({ model, report }) {
    const first = model.instructions[0];
    if (!first || first.getKeyword() === 'FROM' || first.getKeyword() === 'ARG') return;
    report({
      range: first.getInstructionRange(),
      fixes: moveFix(model),
      message: `Invalid instruction order: a Dockerfile must begin with FROM, ARG or a comment, not ${first.getKeyword()}`,
    });
  },
};

export default rule;
