import doc from './require-base-image-tag.md';
import type { DockerfileRule } from '../kinds.js';
import { externalStages, pinToCurrentFix } from '../../model/base-image.js';

/** A `FROM` image with neither tag nor digest (it means `latest`). */
const rule: DockerfileRule = {
  meta: {
    id: 'require-base-image-tag',
    kind: 'dockerfile',
    title: 'Base image has no tag',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3006', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7'],
    doc,
  },
  check({ model, report }) {
    for (const stage of externalStages(model)) {
      if (stage.image.tag !== undefined || stage.image.digest !== undefined) continue;
      report({
        range: stage.imageRange,
        message: `'${stage.image.text}' has no tag, so it means '${stage.image.text}:latest' and changes under you; pin a version tag`,
        fixes: pinToCurrentFix(stage),
      });
    }
  },
};

export default rule;
