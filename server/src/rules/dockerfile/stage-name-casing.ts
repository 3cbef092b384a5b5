import doc from './stage-name-casing.md';
import type { DockerfileRule } from '../kinds.js';

/** A stage name with upper-case letters. */
const rule: DockerfileRule = {
  meta: {
    id: 'stage-name-casing',
    kind: 'dockerfile',
    title: 'Stage name is not lower case',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['buildkit:StageNameCasing'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const written = stage.from.getBuildStage();
      const range = stage.from.getBuildStageRange();
      if (!written || !range || written === written.toLowerCase()) continue;
      report({
        range,
        message: `Stage name '${written}' should be lowercase`,
        fixes: [{ title: `Write it as ${written.toLowerCase()}`, safe: true, edits: [{ range, newText: written.toLowerCase() }] }],
      });
    }
  },
};

export default rule;
