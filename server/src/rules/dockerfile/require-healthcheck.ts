import doc from './require-healthcheck.md';
import { imageFamily } from '../../knowledge/images.js';
import { baseImageOf, stageChain } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import { chainOf } from './lib/instructions.js';

/** The final stage has no HEALTHCHECK (opt-in; not judged on shell-less images). */
const rule: DockerfileRule = {
  meta: {
    id: 'require-healthcheck',
    kind: 'dockerfile',
    title: 'Image has no HEALTHCHECK',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: ['hadolint:DL3057', 'trivy:DS-0026', 'checkov:CKV_DOCKER_2'],
    doc,
  },
  check({ model, report }) {
    const stage = model.finalStage;
    if (!stage) return;
    const root = stageChain(stage).at(-1);
    if (!root || root.scratch) return;
    if (root.image === undefined) return;
    const family = imageFamily(baseImageOf(stage));
    if (family === 'distroless' || family === 'chainguard') return;
    if (chainOf(stage).some((i) => i.getKeyword() === 'HEALTHCHECK')) return;
    report({
      range: stage.from.getRange(),
      message: 'The final stage has no HEALTHCHECK: Docker and Compose cannot tell a hung container from a healthy one; add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE to say none is wanted',
      severity: 'info',
    });
  },
};

export default rule;
