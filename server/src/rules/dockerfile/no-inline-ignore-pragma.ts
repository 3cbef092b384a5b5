import doc from './no-inline-ignore-pragma.md';
import type { DockerfileRule } from '../kinds.js';
import type { Range } from '../types.js';

/** `# hadolint ignore=…` and `# hadolint global ignore=…`, as hadolint's parser reads them. */
const PRAGMA = /^\s*#\s*hadolint\s+(?:global\s+)?ignore\s*=/;

/** An inline hadolint ignore comment, where a team forbids them (opt-in). */
const rule: DockerfileRule = {
  meta: {
    id: 'no-inline-ignore-pragma',
    kind: 'dockerfile',
    title: 'Inline hadolint ignore comment',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['hadolint:DL1001'],
    doc,
  },
  check({ model, report }) {
    const { lines } = model;
    for (let line = 0; line < lines.length; line++) {
      const text = lines[line].replace(/\r$/, '');
      if (!PRAGMA.test(text)) continue;
      const start = text.indexOf('#');
      // The whole line goes, with its line break (the one before it on the last line).
      const whole: Range = line + 1 < lines.length
        ? { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }
        : line > 0
          ? { start: { line: line - 1, character: lines[line - 1].replace(/\r$/, '').length }, end: { line, character: text.length } }
          : { start: { line, character: 0 }, end: { line, character: text.length } };
      report({
        range: { start: { line, character: start }, end: { line, character: text.trimEnd().length } },
        message: 'Inline ignore comments are not allowed here: fix the finding, or ignore the check for the project in .hadolint.yaml',
        fixes: [{ title: 'Remove the ignore comment (what it silenced is reported again)', safe: false, edits: [{ range: whole, newText: '' }] }],
      });
    }
  },
};

export default rule;
