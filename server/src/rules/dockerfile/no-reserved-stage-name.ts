import doc from './no-reserved-stage-name.md';
import type { DockerfileRule } from '../kinds.js';

/** Names BuildKit gives a meaning of their own. */
const RESERVED = new Set(['scratch', 'context']);

/** A stage named `scratch` or `context`. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-reserved-stage-name',
    kind: 'dockerfile',
    title: 'Stage uses a reserved name',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL3063', 'buildkit:ReservedStageName'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!stage.name || !RESERVED.has(stage.name)) continue;
      const written = stage.from.getBuildStage() ?? stage.name;
      report({
        range: stage.from.getBuildStageRange() ?? stage.from.getRange(),
        message: `'${written}' is reserved and should not be used as a stage name: ${stage.name === 'scratch' ? "'FROM scratch' means the empty image" : "'context' names the build context in COPY --from"}`,
      });
    }
  },
};

export default rule;
