/**
 * Which language ecosystem a stage builds, from its base images and the build
 * tools its RUN steps call (the image part is the knowledge base's
 * {@link imageEcosystem}). Used by the minimal-runtime rule and by the harden
 * plan, so both agree on when a distroless runtime fits.
 */
import type { Instruction } from 'dockerfile-ast';
import { imageEcosystemOf as imageEcosystem, type Ecosystem } from '../knowledge/images.js';
import { stageChain, type DockerfileModel, type Stage } from '../parse/dockerfile.js';

export type { Ecosystem };

const BY_TOOL: [RegExp, Ecosystem][] = [
  [/(^|[\s;&|(])(pip3?|poetry|pipenv|uv)\s+(install|sync)\b/, 'python'],
  [/(^|[\s;&|(])(npm|yarn|pnpm)\s+(ci|install|add|run)\b/, 'node'],
  [/(^|[\s;&|(])go\s+(build|install)\b/, 'go'],
  [/(^|[\s;&|(])cargo\s+(build|install)\b/, 'rust'],
  [/(^|[\s;&|(])(mvn|mvnw|\.\/mvnw|gradle|\.\/gradlew)\b/, 'java'],
  [/(^|[\s;&|(])dotnet\s+(publish|build|restore)\b/, 'dotnet'],
];

/** Instructions of a stage and the stages it builds on, oldest first. */
export function chainInstructions(stage: Stage): Instruction[] {
  return stageChain(stage).reverse().flatMap((s) => s.instructions);
}

/** The ecosystem of a stage, or undefined when it is not one Shipshape knows a runtime for. */
export function ecosystemOf(_model: DockerfileModel, stage: Stage): Ecosystem | undefined {
  const byImage = imageEcosystem(stageChain(stage).at(-1)?.image);
  if (byImage && byImage !== 'static') return byImage;
  for (const instr of chainInstructions(stage)) {
    if (instr.getKeyword() !== 'RUN') continue;
    const body = instr.getArgumentsContent() ?? '';
    for (const [re, eco] of BY_TOOL) if (re.test(body)) return eco;
  }
  return undefined;
}
