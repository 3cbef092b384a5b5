/** EXPOSE ports in effect in a stage (its own and those of the stages it builds on). */
import { stageChain, type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';
import { exposedPorts, type ExposedPort } from './instructions.js';

export function stagePorts(model: DockerfileModel, stage: Stage): ExposedPort[] {
  return stageChain(stage).reverse().flatMap((s) =>
    s.instructions.filter((i) => i.getKeyword() === 'EXPOSE').flatMap((i) => exposedPorts(model, s, i)));
}
