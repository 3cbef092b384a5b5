import doc from './require-digest-pin.md';
import type { DockerfileRule } from '../kinds.js';
import { baseImageFacts, externalStages, pinToDigestFix } from '../../model/base-image.js';

/** A `FROM` image not pinned by digest (opt-in). */
const rule: DockerfileRule = {
  meta: {
    id: 'require-digest-pin',
    kind: 'dockerfile',
    title: 'Base image is not pinned by digest',
    defaultSeverity: 'off',
    fix: 'safe',
    equivalents: [],
    doc,
  },
  check({ model, project, report }) {
    for (const stage of externalStages(model)) {
      if (stage.image.digest !== undefined) continue;
      const facts = baseImageFacts(model, stage, project);
      const fix = facts ? pinToDigestFix(stage, facts) : undefined;
      report({
        range: stage.imageRange,
        message: `'${stage.image.text}' is not pinned by digest; a tag can be re-pointed to different content`,
        severity: 'info',
        fixes: fix ? [fix] : [],
      });
    }
  },
};

export default rule;
