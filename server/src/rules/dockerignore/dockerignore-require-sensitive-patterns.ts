import doc from './dockerignore-require-sensitive-patterns.md';
import type { DockerignoreRule } from '../kinds.js';
import { SENSITIVE_IGNORE_GROUPS } from '../../knowledge/sensitive-files.js';
import { ignoreMatcher } from '../../model/context.js';

/** A `.dockerignore` that lets `.git`, `.env` files, private keys or credential files into the build context. */
const rule: DockerignoreRule = {
  meta: {
    id: 'dockerignore-require-sensitive-patterns',
    kind: 'dockerignore',
    title: '.dockerignore does not exclude sensitive files',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: [],
    doc,
  },
  check({ text, model, report }) {
    const matcher = ignoreMatcher(text);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lastLine = model.lines.length - 1;
    const end = { line: lastLine, character: model.lines[lastLine].length };
    const first = model.lines[0] ?? '';
    for (const group of SENSITIVE_IGNORE_GROUPS) {
      const missing = group.patterns.filter((_, i) => !matcher.excludes(group.probes[i]));
      if (!missing.length) continue;
      const prefix = text === '' || text.endsWith('\n') ? '' : eol;
      report({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: first.length } },
        message: `This .dockerignore does not exclude ${group.description}; add ${missing.join(', ')}`,
        severity: group.secret ? undefined : 'info',
        fixes: [{
          title: `Add ${missing.join(', ')}`,
          safe: true,
          edits: [{ range: { start: end, end }, newText: prefix + missing.join(eol) + eol }],
        }],
      });
    }
  },
};

export default rule;
