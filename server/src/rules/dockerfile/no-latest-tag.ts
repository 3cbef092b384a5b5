import doc from './no-latest-tag.md';
import type { DockerfileRule } from '../kinds.js';
import { externalStages, pinToCurrentFix } from '../../model/base-image.js';

/** A `FROM` image tagged `latest` without a digest. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-latest-tag',
    kind: 'dockerfile',
    title: 'Base image uses the latest tag',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3007', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7'],
    doc,
  },
  check({ model, report }) {
    for (const stage of externalStages(model)) {
      if (stage.image.tag !== 'latest' || stage.image.digest !== undefined) continue;
      report({
        range: stage.imageRange,
        message: `'${stage.image.text}' uses the 'latest' tag, which moves with every release; pin a version tag`,
        fixes: pinToCurrentFix(stage),
      });
    }
  },
};

export default rule;
