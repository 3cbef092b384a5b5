import doc from './duplicate-stage-name.md';
import type { DockerfileRule } from '../kinds.js';

/** Two stages with the same `AS` name (compared case-insensitively, as BuildKit does). */
const rule: DockerfileRule = {
  meta: {
    id: 'duplicate-stage-name',
    kind: 'dockerfile',
    title: 'Stage name used twice',
    defaultSeverity: 'error',
    fix: 'none',
    equivalents: ['hadolint:DL3024', 'trivy:DS-0012', 'checkov:CKV_DOCKER_11', 'buildkit:DuplicateStageName'],
    doc,
  },
  check({ model, report }) {
    const firstOf = new Map<string, (typeof model.stages)[number]>();
    for (const stage of model.stages) {
      if (!stage.name) continue;
      const first = firstOf.get(stage.name);
      if (!first) {
        firstOf.set(stage.name, stage);
        continue;
      }
      report({
        range: stage.from.getBuildStageRange() ?? stage.from.getRange(),
        message: `Stage name '${stage.name}' is already used on line ${first.from.getRange().start.line + 1}; stage names must be unique`,
      });
    }
  },
};

export default rule;
