import doc from './single-healthcheck.md';
import type { DockerfileRule } from '../kinds.js';
import { checkSingle } from './lib/single-instruction.js';

/** More than one HEALTHCHECK in a stage: only the last takes effect. */
const rule: DockerfileRule = {
  meta: {
    id: 'single-healthcheck',
    kind: 'dockerfile',
    title: 'More than one HEALTHCHECK in a stage',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['hadolint:DL3012', 'trivy:DS-0023', 'buildkit:MultipleInstructionsDisallowed'],
    doc,
  },
  check({ model, report }) {
    checkSingle(model, 'HEALTHCHECK', report);
  },
};

export default rule;
