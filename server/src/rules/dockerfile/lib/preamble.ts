/**
 * Instructions written above the first `FROM`. Builders accept only `ARG`
 * there, but a Dockerfile fragment, or a file whose `FROM` is not written yet,
 * still has instructions whose meaning does not depend on a base image: the
 * rules that judge one instruction at a time (a relative `WORKDIR`, an
 * out-of-range port, a shell-form `CMD`) judge them too.
 */
import type { From } from 'dockerfile-ast';
import type { DockerfileModel, Stage } from '../../../parse/dockerfile.js';

/** The instructions above the first `FROM` other than `ARG` (every instruction when there is no `FROM`). */
export function instructionsBeforeFrom(model: DockerfileModel): DockerfileModel['instructions'] {
  const out: DockerfileModel['instructions'] = [];
  for (const instr of model.instructions) {
    const kw = instr.getKeyword();
    if (kw === 'FROM') break;
    if (kw !== 'ARG') out.push(instr);
  }
  return out;
}

/**
 * A stand-in stage holding the instructions above the first `FROM`, or
 * undefined when there are none. It has no base image, no name and no parent,
 * and its index is -1 (before every real stage); its `from` is its first
 * instruction, so only ranges may be taken from it.
 */
export function preambleStage(model: DockerfileModel): Stage | undefined {
  const instructions = instructionsBeforeFrom(model);
  if (instructions.length === 0) return undefined;
  const first = instructions[0];
  return {
    index: -1,
    from: first as unknown as From,
    rawImage: '',
    imageRange: first.getRange(),
    scratch: false,
    instructions,
    isFinal: false,
    usedByLaterStage: false,
  };
}

/** The stages to judge one instruction at a time: the stand-in for the lines above the first `FROM`, then every stage. */
export function stagesWithPreamble(model: DockerfileModel): Stage[] {
  const pre = preambleStage(model);
  return pre ? [pre, ...model.stages] : model.stages;
}
