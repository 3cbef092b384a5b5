import doc from './single-cmd.md';
import type { DockerfileRule } from '../kinds.js';
import { checkSingle } from './lib/single-instruction.js';

/** More than one CMD in a stage: only the last takes effect. */
const rule: DockerfileRule = {
  meta: {
    id: 'single-cmd',
    kind: 'dockerfile',
    title: 'More than one CMD in a stage',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['hadolint:DL4003', 'trivy:DS-0016', 'buildkit:MultipleInstructionsDisallowed'],
    doc,
  },
  check({ model, report }) {
    checkSingle(model, 'CMD', report);
  },
};

export default rule;
