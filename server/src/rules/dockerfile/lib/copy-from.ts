/** `COPY --from=<ref>` flags and what they name. */
import type { Flag, Instruction } from 'dockerfile-ast';
import { substitute, type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';
import { flagsOf } from './instructions.js';

export interface CopyFrom {
  stage: Stage;
  instruction: Instruction;
  flag: Flag;
  /** The reference after global ARG substitution, lower-cased; undefined when unknown. */
  ref?: string;
}

/** Every `COPY --from` (and `ADD --from`) with a value, per stage (of the model, or of the given list). */
export function copyFroms(model: DockerfileModel, stages: readonly Stage[] = model.stages): CopyFrom[] {
  const out: CopyFrom[] = [];
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      const kw = instruction.getKeyword();
      if (kw !== 'COPY' && kw !== 'ADD') continue;
      for (const flag of flagsOf(instruction)) {
        if (flag.getName().toLowerCase() !== 'from' || !flag.getValue()) continue;
        const raw = (flag.getValue() ?? '').replace(/^(["'])(.*)\1$/, '$2');
        out.push({ stage, instruction, flag, ref: substitute(raw, model.globalArgs)?.toLowerCase() });
      }
    }
  }
  return out;
}
