import doc from './no-empty-continuation.md';
import type { DockerfileRule } from '../kinds.js';
import type { TextEdit } from '../types.js';

/** Blank lines inside an instruction continued with `\`. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-empty-continuation',
    kind: 'dockerfile',
    title: 'Empty line inside a continued instruction',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['buildkit:NoEmptyContinuation'],
    doc,
  },
  check({ model, report }) {
    for (const instr of model.instructions) {
      const { start, end } = instr.getRange();
      if (start.line === end.line) continue;
      // Blank lines of a heredoc body are part of its text.
      if (instr.getArguments().some((a) => a.getValue().startsWith('<<'))) continue;
      const blank: number[] = [];
      // Blank lines at the end of the file after a trailing `\` continue nothing.
      let last = end.line;
      while (last > start.line && (model.lines[last] ?? '').trim() === '') last--;
      for (let l = start.line + 1; l < last; l++) if ((model.lines[l] ?? '').trim() === '') blank.push(l);
      if (blank.length === 0) continue;
      const edits: TextEdit[] = blank.map((l) => ({ range: { start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }, newText: '' }));
      report({
        range: instr.getInstructionRange(),
        message: `Empty continuation line${blank.length > 1 ? 's' : ''} found in ${instr.getKeyword()} (line${blank.length > 1 ? 's' : ''} ${blank.map((l) => l + 1).join(', ')}): a future Docker release will reject ${blank.length > 1 ? 'them' : 'it'}`,
        fixes: [{ title: `Remove the empty line${blank.length > 1 ? 's' : ''}`, safe: true, edits }],
      });
    }
  },
};

export default rule;
