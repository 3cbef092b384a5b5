import doc from './copy-leaks-secret-files.md';
import type { DockerfileRule } from '../kinds.js';
import type { OtherFileEdit, RelatedInformation } from '../types.js';
import { sensitiveFile } from '../../knowledge/secrets.js';
import { contextSources, walkContext, type BuildContext } from '../../model/context.js';
import { buildContextFor } from './lib/build-context.js';
import { joinPath } from '../../paths.js';

const START = { line: 0, character: 0 };

/** The edit that appends patterns to the context's `.dockerignore` (creating it when missing). */
function appendPatterns(ctx: BuildContext, patterns: string[]): OtherFileEdit {
  if (!ctx.ignorePath || ctx.ignoreText === undefined) {
    return { path: joinPath(ctx.dir, '.dockerignore'), create: true, content: patterns.join('\n') + '\n' };
  }
  const eol = ctx.ignoreText.includes('\r\n') ? '\r\n' : '\n';
  const lines = ctx.ignoreText.split(/\r?\n/);
  const last = lines.length - 1;
  const needsEol = lines[last] !== '';
  const pos = { line: last, character: lines[last].length };
  return { path: ctx.ignorePath, edits: [{ range: { start: pos, end: pos }, newText: (needsEol ? eol : '') + patterns.join(eol) + eol }] };
}

/** `COPY . …` when secret-looking files actually sit in the build context and are not excluded. */
const rule: DockerfileRule = {
  meta: {
    id: 'copy-leaks-secret-files',
    kind: 'dockerfile',
    title: 'COPY puts secret files from the build context into the image',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ path, model, project, report }) {
    const whole = contextSources(model.instructions).filter((s) => s.whole);
    if (!whole.length || !/^(\/|[A-Za-z]:[\\/])/.test(path)) return;
    const ctx = buildContextFor(model, path, project);
    const { files } = walkContext(ctx, project);
    const leaked: { rel: string; description: string }[] = [];
    for (const rel of files) {
      const kind = sensitiveFile(rel);
      if (!kind) continue;
      if (kind.content) {
        const content = project.readFile(joinPath(ctx.dir, rel));
        if (!content || !kind.content.test(content)) continue;
      }
      leaked.push({ rel, description: kind.description });
    }
    if (!leaked.length) return;
    const related: RelatedInformation[] = leaked.map((l) => ({
      path: joinPath(ctx.dir, l.rel),
      range: { start: START, end: START },
      message: `${l.description} that ${ctx.ignorePath ? 'the .dockerignore does not exclude' : 'nothing excludes'}`,
    }));
    const names = leaked.slice(0, 3).map((l) => l.rel).join(', ') + (leaked.length > 3 ? ` and ${leaked.length - 3} more` : '');
    for (const src of whole) {
      report({
        range: src.range,
        message: `${src.instruction.getKeyword()} ${src.value} copies secret files from the build context into the image: ${names}`,
        related,
        fixes: [{
          title: `Exclude ${leaked.length === 1 ? leaked[0].rel : `these ${leaked.length} files`} in .dockerignore`,
          safe: false,
          edits: [],
          otherFiles: [appendPatterns(ctx, leaked.map((l) => `/${l.rel}`))],
        }],
      });
    }
  },
};

export default rule;
