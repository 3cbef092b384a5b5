import doc from './require-healthcheck.md';
import { imageFamily } from '../../knowledge/images.js';
import { baseImageOf, stageChain } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import { imageWithoutHealthcheck } from './lib/healthcheck.js';

/** The Dockerfile has no HEALTHCHECK in any stage; reported at the final stage (opt-in). */
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
  check({ model, path, report }) {
    const stage = imageWithoutHealthcheck(model, path);
    if (!stage) return;
    const image = baseImageOf(stage);
    const family = imageFamily(image);
    // Debug and -dev variants of the minimal images carry a shell.
    const shellLess = stageChain(stage).at(-1)?.scratch
      || (family === 'distroless' && !/debug/.test(image?.tag ?? ''))
      || (family === 'chainguard' && !/-dev$/.test(image?.tag ?? ''));
    report({
      range: stage.from.getRange(),
      message: shellLess
        ? 'The final stage has no HEALTHCHECK: Docker and Compose cannot tell a hung container from a healthy one; this image has no shell or curl, so add an exec-form HEALTHCHECK CMD that runs a probe binary the image ships, or HEALTHCHECK NONE to say none is wanted'
        : 'The final stage has no HEALTHCHECK: Docker and Compose cannot tell a hung container from a healthy one; add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE to say none is wanted',
      severity: 'info',
    });
  },
};

export default rule;
