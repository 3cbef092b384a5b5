import doc from './no-eol-base-image.md';
import { endOfLife } from '../../knowledge/images.js';
import type { DockerfileRule } from '../kinds.js';
import { externalStages } from '../../model/base-image.js';

/** Today's date as YYYY-MM-DD, or the `today` option (tests and reproducible CI runs pass one). */
function todayFrom(options: Record<string, unknown>): string {
  const t = options.today;
  if (typeof t === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  return new Date().toISOString().slice(0, 10);
}

/** A base image whose language runtime or distribution release is past end of life. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-eol-base-image',
    kind: 'dockerfile',
    title: 'Base image is past end of life',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check({ model, options, report }) {
    const today = todayFrom(options);
    for (const stage of externalStages(model)) {
      const facts = endOfLife(stage.image, today);
      if (facts.length === 0) continue;
      const parts = facts.map((f) => f.deprecated
        ? `${f.label} is deprecated upstream since ${f.eol}; use ${f.replacement}`
        : `${f.label} reached end of life on ${f.eol}; use ${f.replacement}`);
      report({
        range: stage.imageRange,
        message: `'${stage.image.text}': ${parts.join('; ')}`,
      });
    }
  },
};

export default rule;
