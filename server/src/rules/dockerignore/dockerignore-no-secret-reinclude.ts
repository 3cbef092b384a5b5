import doc from './dockerignore-no-secret-reinclude.md';
import type { DockerignoreRule } from '../kinds.js';
import { sensitiveFile } from '../../knowledge/secrets.js';
import { ignoreMatcher } from '../../model/context.js';
import { ignoreUsersOf } from './lib/users.js';

/** A concrete path a pattern names (wildcards filled in), to ask what kind of file it is. */
function probeOf(pattern: string): string {
  return pattern.replace(/^\/+/, '').replace(/\*\*\//g, '').replace(/(?<!\/)\/+$/, '').replace(/\*/g, 'x').replace(/\?/g, 'x').replace(/\[[^[\]]*\]/g, 'x');
}

/** A `!` exception that brings secret files back into the build context after an earlier line excluded them. */
const rule: DockerignoreRule = {
  meta: {
    id: 'dockerignore-no-secret-reinclude',
    kind: 'dockerignore',
    title: '.dockerignore exception re-includes secret files',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, path, project, report }) {
    // A file no known build reads is said once, by dockerignore-require-sensitive-patterns.
    if (ignoreUsersOf(model, path, project)?.length === 0) return;
    model.patterns.forEach((p, i) => {
      if (!p.negated) return;
      const probe = probeOf(p.pattern);
      const kind = sensitiveFile(probe);
      if (!kind) return;
      const before = model.patterns.slice(0, i).map((q) => (q.negated ? `!${q.pattern}` : q.pattern)).join('\n');
      if (!ignoreMatcher(before).excludes(probe)) return;
      report({
        range: p.range,
        message: `'!${p.pattern}' brings ${kind.description} back into the build context after an earlier line excluded it`,
        fixes: [{
          title: `Remove the exception '!${p.pattern}'`,
          safe: false,
          // The line and its line end; the last line (no line end after it) up to its end only.
          edits: [{
            range: p.line + 1 < model.lines.length
              ? { start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } }
              : { start: { line: p.line, character: 0 }, end: { line: p.line, character: model.lines[p.line].length } },
            newText: '',
          }],
        }],
      });
    });
  },
};

export default rule;
