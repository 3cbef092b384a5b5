import doc from './copy-from-self.md';
import type { DockerfileRule } from '../kinds.js';
import { copyFroms } from './lib/copy-from.js';

/** `COPY --from=<this stage>`: a stage cannot copy from itself. */
const rule: DockerfileRule = {
  meta: {
    id: 'copy-from-self',
    kind: 'dockerfile',
    title: 'COPY --from names its own stage',
    defaultSeverity: 'error',
    fix: 'none',
    equivalents: ['hadolint:DL3023', 'trivy:DS-0006'],
    doc,
  },
  check({ model, report }) {
    for (const { stage, flag, ref } of copyFroms(model)) {
      if (ref === undefined) continue;
      if (ref !== stage.name && ref !== String(stage.index)) continue;
      report({
        range: flag.getValueRange() ?? flag.getRange(),
        message: `COPY --from=${ref} copies from the stage it is in; a stage can only copy from earlier stages or images`,
      });
    }
  },
};

export default rule;
