import doc from './no-unresolved-harden-check.md';
import type { DockerfileRule } from '../kinds.js';

/** The marker "Harden this Dockerfile" writes before what the person must check. */
export const HARDEN_CHECK = '# shipshape-check:';

/** A `# shipshape-check:` comment left by the harden plan: something about the runtime is still to be checked. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-unresolved-harden-check',
    kind: 'dockerfile',
    title: 'A hardening caveat is still to be checked',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    const lines = model.lines;
    for (let i = 0; i < lines.length; i++) {
      const at = lines[i].indexOf(HARDEN_CHECK);
      if (at < 0 || lines[i].slice(0, at).trim() !== '') continue;
      // The note continues on the following `#   ` lines.
      const parts = [lines[i].slice(at + HARDEN_CHECK.length).trim()];
      let j = i + 1;
      for (; j < lines.length && /^\s*#\s{3}\S/.test(lines[j]); j++) parts.push(lines[j].trim().replace(/^#\s+/, ''));
      const remove = j < lines.length
        ? { range: { start: { line: i, character: 0 }, end: { line: j, character: 0 } }, newText: '' }
        : { range: { start: i > 0 ? { line: i - 1, character: lines[i - 1].length } : { line: i, character: 0 }, end: { line: j - 1, character: lines[j - 1].length } }, newText: '' };
      const text = parts.join(' ').replace(/\.$/, '');
      report({
        range: { start: { line: i, character: at + 2 }, end: { line: i, character: lines[i].trimEnd().length } },
        message: `Hardening left this to check: ${text}. Check it, then delete the comment`,
        fixes: [{ title: 'Checked: delete the note', safe: false, edits: [remove] }],
      });
    }
  },
};

export default rule;
