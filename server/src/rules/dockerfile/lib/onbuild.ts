/**
 * `ONBUILD` triggers: instructions an image stores to run at the start of
 * every build that uses it as a base. They run there exactly as written, so
 * the rules that judge one instruction at a time (a relative `WORKDIR`, `ADD`
 * for plain files, a shell-form `CMD`, `sudo`) judge the triggers too. Rules
 * about the image being built (its user, its final stage) do not: a trigger
 * changes only the downstream image.
 */
import type { Instruction, Onbuild } from 'dockerfile-ast';
import { derived, type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';

export interface Trigger {
  /** The `ONBUILD` instruction. */
  onbuild: Instruction;
  /** The instruction it stores, with ranges in this file. */
  trigger: Instruction;
  /** The stage the `ONBUILD` is written in (undefined above the first `FROM`). */
  stage?: Stage;
}

function readTriggers(model: DockerfileModel): Trigger[] {
  const triggers: Trigger[] = [];
  for (const onbuild of model.instructions) {
    if (onbuild.getKeyword() !== 'ONBUILD') continue;
    const trigger = (onbuild as Onbuild).getTriggerInstruction?.();
    if (!trigger) continue;
    const stage = model.stages.find((s) => s.instructions.includes(onbuild));
    triggers.push({ onbuild, trigger, stage });
  }
  return triggers;
}

/** Every `ONBUILD` trigger of the file, in order (the same objects on every call for a model). */
export function onbuildTriggers(model: DockerfileModel): Trigger[] {
  return derived(model, readTriggers);
}

/**
 * The instructions of a keyword as the file writes them, then the `ONBUILD`
 * triggers of that keyword: what instruction-level rules judge (hadolint and
 * BuildKit judge a trigger like the instruction it holds).
 */
export function withTriggers(model: DockerfileModel, keyword: string): Instruction[] {
  return [...model.instructions.filter((i) => i.getKeyword() === keyword), ...triggersOf(model, keyword).map((t) => t.trigger)];
}

/** The triggers whose instruction has one of the keywords. */
export function triggersOf(model: DockerfileModel, ...keywords: string[]): Trigger[] {
  return onbuildTriggers(model).filter((t) => keywords.includes(t.trigger.getKeyword()));
}
