/**
 * Which language ecosystem a stage builds, from its base images and the build
 * tools its RUN steps call (read with the shell parser, so `echo go build` is
 * no build) (the image part is the knowledge base's
 * {@link imageEcosystem}). Used by the minimal-runtime rule and by the harden
 * plan, so both agree on when a distroless runtime fits.
 */
import type { Instruction } from 'dockerfile-ast';
import { imageEcosystemOf as imageEcosystem, type Ecosystem } from '../knowledge/images.js';
import { stageChain, type DockerfileModel, type Stage } from '../parse/dockerfile.js';
import { runCommands, type ShellCommand } from '../parse/shell.js';

export type { Ecosystem };

/** Build tools by command name, with the subcommands that mean a build (undefined: any). */
const BY_TOOL: Record<string, { eco: Ecosystem; sub?: RegExp }> = {
  pip: { eco: 'python', sub: /^install$/ },
  pip3: { eco: 'python', sub: /^install$/ },
  poetry: { eco: 'python', sub: /^install$/ },
  pipenv: { eco: 'python', sub: /^(install|sync)$/ },
  uv: { eco: 'python', sub: /^(pip|sync)$/ },
  npm: { eco: 'node', sub: /^(ci|install|add|run)$/ },
  yarn: { eco: 'node', sub: /^(ci|install|add|run)$/ },
  pnpm: { eco: 'node', sub: /^(ci|install|add|run)$/ },
  go: { eco: 'go', sub: /^(build|install)$/ },
  cargo: { eco: 'rust', sub: /^(build|install)$/ },
  mvn: { eco: 'java' },
  mvnw: { eco: 'java' },
  gradle: { eco: 'java' },
  gradlew: { eco: 'java' },
  dotnet: { eco: 'dotnet', sub: /^(publish|build|restore)$/ },
};

/** The ecosystem a shell command builds for: a build tool by name (`python -m pip install` too). */
function toolEcosystem(cmd: ShellCommand): Ecosystem | undefined {
  let name = cmd.name;
  let args = cmd.args.map((a) => a.value);
  if (/^python[\d.]*$/.test(name) && args[0] === '-m' && args[1]) [name, args] = [args[1], args.slice(2)];
  const tool = Object.hasOwn(BY_TOOL, name) ? BY_TOOL[name] : undefined;
  if (!tool) return undefined;
  const sub = args.find((a) => !a.startsWith('-'));
  return !tool.sub || (sub !== undefined && tool.sub.test(sub)) ? tool.eco : undefined;
}

/** Instructions of a stage and the stages it builds on, oldest first. */
export function chainInstructions(stage: Stage): Instruction[] {
  return stageChain(stage).reverse().flatMap((s) => s.instructions);
}

/** The ecosystem of a stage, or undefined when it is not one Shipshape knows a runtime for. */
export function ecosystemOf(model: DockerfileModel, stage: Stage): Ecosystem | undefined {
  const byImage = imageEcosystem(stageChain(stage).at(-1)?.image);
  if (byImage && byImage !== 'static') return byImage;
  for (const instr of chainInstructions(stage)) {
    if (instr.getKeyword() !== 'RUN') continue;
    for (const cmd of runCommands(model, instr)) {
      const eco = toolEcosystem(cmd);
      if (eco) return eco;
    }
  }
  return undefined;
}
