import doc from './dockerignore-require-sensitive-patterns.md';
import type { DockerignoreRule } from '../kinds.js';
import { SENSITIVE_IGNORE_GROUPS } from '../../knowledge/sensitive-files.js';
import { ignoreMatcher } from '../../model/context.js';
import { ignoreUsersOf } from './lib/users.js';
import { relativeTo, dirOf } from '../../paths.js';

/** `a`, `a or b`, `a, b or c`. */
function listed(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

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
  check({ text, model, path, project, report }) {
    const first = model.lines[0] ?? '';
    const firstLine = { start: { line: 0, character: 0 }, end: { line: 0, character: first.length } };
    const users = ignoreUsersOf(model, path, project);
    if (users?.length === 0) {
      // Nothing is sent through it: its gaps leak nothing, so the file is said once, at hint level.
      const name = path.replace(/\\/g, '/').split('/').pop() ?? '.dockerignore';
      report({
        range: firstLine,
        severity: 'hint',
        message: name.toLowerCase() === '.dockerignore'
          ? 'No known build reads this .dockerignore: no Dockerfile beside it (without its own <name>.dockerignore), and no Compose build.context, workflow docker build or bake target uses this folder as its context; it is not judged'
          : `No build reads this ${name}: BuildKit reads it only for the Dockerfile ${name.slice(0, -'.dockerignore'.length)} beside it, and there is none; it is not judged`,
      });
      return;
    }
    const dir = dirOf(path);
    const related = (users ?? []).slice(0, 5).map((u) => ({
      path: u.dockerfile,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: `${relativeTo(dir, u.dockerfile) ?? u.dockerfile} is built with this .dockerignore (${u.source})`,
    }));
    const matcher = ignoreMatcher(text);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lastLine = model.lines.length - 1;
    const end = { line: lastLine, character: model.lines[lastLine].length };
    const gaps = SENSITIVE_IGNORE_GROUPS
      .map((group) => ({ group, missing: group.patterns.filter((_, i) => !matcher.excludes(group.probes[i])) }))
      .filter((g) => g.missing.length)
      // secrets first: they are what the finding is about
      .sort((a, b) => Number(b.group.secret) - Number(a.group.secret));
    if (!gaps.length) return;
    // One finding for all of it: several stacked at 1:1 read as one row repeated in Problems.
    const missing = gaps.flatMap((g) => g.missing);
    const what = listed(gaps.map((g) => g.group.description));
    const prefix = text === '' || text.endsWith('\n') ? '' : eol;
    report({
      range: firstLine,
      ...(related.length ? { related } : {}),
      message: `This .dockerignore does not exclude ${what}; add ${missing.join(', ')}`,
      severity: gaps.some((g) => g.group.secret) ? undefined : 'info',
      fixes: [{
        title: missing.length <= 4 ? `Add ${missing.join(', ')}` : `Add the ${missing.length} missing patterns (${missing.slice(0, 3).join(', ')}, …)`,
        safe: true,
        edits: [{ range: { start: end, end }, newText: prefix + missing.join(eol) + eol }],
      }],
    });
  },
};

export default rule;
