import doc from './require-digest-pin.md';
import type { DockerfileRule } from '../kinds.js';
import { externalStages } from './lib/base-image.js';

/** A `FROM` image not pinned by digest (opt-in). */
const rule: DockerfileRule = {
  meta: {
    id: 'require-digest-pin',
    kind: 'dockerfile',
    title: 'Base image is not pinned by digest',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const stage of externalStages(model)) {
      if (stage.image.digest !== undefined) continue;
      report({
        range: stage.imageRange,
        message: `'${stage.image.text}' is not pinned by digest; a tag can be re-pointed to different content`,
        severity: 'info',
      });
    }
  },
};

export default rule;
