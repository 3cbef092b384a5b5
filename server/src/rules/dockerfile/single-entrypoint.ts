import doc from './single-entrypoint.md';
import type { DockerfileRule } from '../kinds.js';
import { checkSingle } from './lib/single-instruction.js';

/** More than one ENTRYPOINT in a stage: only the last takes effect. */
const rule: DockerfileRule = {
  meta: {
    id: 'single-entrypoint',
    kind: 'dockerfile',
    title: 'More than one ENTRYPOINT in a stage',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['hadolint:DL4004', 'trivy:DS-0007', 'buildkit:MultipleInstructionsDisallowed'],
    doc,
  },
  check({ model, report }) {
    checkSingle(model, 'ENTRYPOINT', report);
  },
};

export default rule;
