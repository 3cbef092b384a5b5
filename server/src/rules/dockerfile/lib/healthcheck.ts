/** Where a Dockerfile's HEALTHCHECKs are, as `require-healthcheck` and `require-stage-healthcheck` read them. */
import { type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';
import { chainOf } from './instructions.js';
import { nonShippingImage } from './purpose.js';

/** Whether the file has a HEALTHCHECK (`NONE` included) in any stage; an `ONBUILD HEALTHCHECK` does not count. */
export function hasAnyHealthcheck(model: DockerfileModel): boolean {
  return model.stages.some((s) => s.instructions.some((i) => i.getKeyword() === 'HEALTHCHECK'));
}

/** Whether the stage has a HEALTHCHECK of its own or from a stage it is built `FROM`. */
export function stageHasHealthcheck(stage: Stage): boolean {
  return chainOf(stage).some((i) => i.getKeyword() === 'HEALTHCHECK');
}

/**
 * The stage `require-healthcheck` reports: the final one, when the file has no
 * HEALTHCHECK at all and its image ships. Undefined otherwise.
 */
export function imageWithoutHealthcheck(model: DockerfileModel, path: string): Stage | undefined {
  const stage = model.finalStage;
  if (!stage || hasAnyHealthcheck(model) || nonShippingImage(model, path)) return undefined;
  return stage;
}
