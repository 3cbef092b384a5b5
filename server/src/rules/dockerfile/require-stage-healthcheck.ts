import doc from './require-stage-healthcheck.md';
import type { DockerfileRule } from '../kinds.js';
import { imageWithoutHealthcheck, stageHasHealthcheck } from './lib/healthcheck.js';

/**
 * Every stage without a HEALTHCHECK of its own or inherited through `FROM
 * <stage>`, as hadolint's DL3057 judges them (opt-in). The final stage that
 * `require-healthcheck` already reports is left to it.
 */
const rule: DockerfileRule = {
  meta: {
    id: 'require-stage-healthcheck',
    kind: 'dockerfile',
    title: 'A stage has no HEALTHCHECK, neither its own nor inherited',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: ['hadolint:DL3057'],
    doc,
  },
  check({ model, path, report }) {
    const taken = imageWithoutHealthcheck(model, path);
    for (const stage of model.stages) {
      if (stage === taken || stageHasHealthcheck(stage)) continue;
      report({
        range: stage.from.getRange(),
        message: `${stage.name ? `Stage '${stage.name}'` : 'This stage'} has no HEALTHCHECK, neither its own nor from a stage it is built FROM: add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE to say none is wanted`,
      });
    }
  },
};

export default rule;
