import doc from './copy-ignored-source.md';
import type { DockerfileRule } from '../kinds.js';
import type { RelatedInformation } from '../types.js';
import { contextSources, ignoreMatcher } from '../../model/context.js';
import { buildContextFor } from './lib/build-context.js';
import { normalizePath } from '../../paths.js';

/** A COPY/ADD source that the `.dockerignore` excludes, so it fails or copies nothing (BuildKit's CopyIgnoredFile). */
const rule: DockerfileRule = {
  meta: {
    id: 'copy-ignored-source',
    kind: 'dockerfile',
    title: 'COPY source excluded by .dockerignore',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['buildkit:CopyIgnoredFile'],
    doc,
  },
  check({ path, model, project, report }) {
    const sources = contextSources(model.instructions).filter((s) => !s.whole && !s.value.includes('$'));
    if (!sources.length || !/^(\/|[A-Za-z]:[\\/])/.test(path)) return;
    const ctx = buildContextFor(model, path, project);
    if (!ctx.ignorePath || ctx.ignoreText === undefined) return;
    const lines = ctx.ignoreText.split(/\r?\n/);
    for (const src of sources) {
      const rel = normalizePath(src.value).replace(/^\//, '');
      if (!ctx.matcher.excludes(rel)) continue;
      let line = -1;
      lines.forEach((l, i) => {
        const t = l.trim();
        if (t && !t.startsWith('#') && !t.startsWith('!') && ignoreMatcher(t).excludes(rel)) line = i;
      });
      const related: RelatedInformation[] = line < 0 ? [] : [{
        path: ctx.ignorePath,
        range: { start: { line, character: 0 }, end: { line, character: lines[line].length } },
        message: `'${lines[line].trim()}' excludes ${rel}`,
      }];
      report({
        range: src.range,
        message: `${src.instruction.getKeyword()} source '${src.value}' is excluded by ${ctx.ignorePath.split('/').pop()}; the build fails or copies nothing`,
        related,
      });
    }
  },
};

export default rule;
