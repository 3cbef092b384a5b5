import doc from './prefer-minimal-runtime.md';
import type { Instruction } from 'dockerfile-ast';
import { imageFamily, officialName } from '../../knowledge/images.js';
import { matchRuntime, profileOfImage, type Flavour, type RuntimeChoice } from '../../knowledge/runtime-versions.js';
import { eolOf, isExecForm, jsonArgs, type DockerfileModel, type ImageRef, type Stage } from '../../parse/dockerfile.js';
import type { Fix, TextEdit } from '../types.js';
import type { DockerfileRule } from '../kinds.js';
import { ecosystemOf as stageEcosystem, type Ecosystem } from '../../model/ecosystem.js';
import { appendEdit, endsContinued, isBaseImageBuild, isDevelopmentBuild, startCommand, textOf } from './lib/instructions.js';
import { isWindowsStage } from '../../model/user.js';
import { nonShippingImage } from './lib/purpose.js';

const JAVA = new Set(['openjdk', 'eclipse-temurin', 'amazoncorretto', 'ibm-semeru-runtimes', 'sapmachine']);
const TOOLCHAINS = new Set(['golang', 'rust', 'maven', 'gradle']);

/** Whether the image is a full OS for the ecosystem, where a minimal runtime would do (`eco` is asked only for plain distributions). */
function fullOsImage(image: ImageRef, eco: () => Ecosystem | undefined): boolean {
  const name = officialName(image);
  const tag = image.tag?.toLowerCase() ?? '';
  const family = imageFamily(image);
  if (name && TOOLCHAINS.has(name)) return true;
  if (name === 'python' || name === 'pypy' || name === 'node' || (name && JAVA.has(name))) return family !== 'alpine';
  if (image.registry?.toLowerCase() === 'mcr.microsoft.com') {
    const repo = image.repository.toLowerCase();
    if (repo === 'dotnet/sdk') return true;
    if (/^dotnet\/(aspnet|runtime)$/.test(repo)) return !/chiseled|distroless|alpine|nanoserver|windowsservercore/.test(tag);
    return false;
  }
  // A plain distribution qualifies only when its RUN steps show which ecosystem it serves.
  return (name === 'debian' || name === 'ubuntu') && eco() !== undefined;
}

/** What the final stage runs: its CMD/ENTRYPOINT in exec form, when that is all it has. */
interface Command {
  instr: Instruction;
  kind: 'CMD' | 'ENTRYPOINT';
  argv: string[];
}

function commandOf(stage: Stage): Command | undefined {
  const cmds = stage.instructions.filter((i) => i.getKeyword() === 'CMD');
  const eps = stage.instructions.filter((i) => i.getKeyword() === 'ENTRYPOINT');
  const ep = eps.at(-1);
  const cmd = cmds.at(-1);
  const chosen = ep ?? cmd;
  if (!chosen || !isExecForm(chosen)) return undefined;
  if (ep && cmd && !isExecForm(cmd)) return undefined;
  const argv = jsonArgs((chosen.getArgumentsContent() ?? '').trim());
  if (!argv || argv.length === 0) return undefined;
  return { instr: chosen, kind: ep ? 'ENTRYPOINT' : 'CMD', argv };
}

/** Rewrites the exec-form command's JSON array. */
function commandEdit(c: Command, argv: string[]): TextEdit | undefined {
  const range = c.instr.getArgumentsRange();
  if (!range || range.start.line !== range.end.line) return undefined;
  return { range, newText: JSON.stringify(argv).replace(/","/g, '", "') };
}

/** The minimal runtimes that can run what this image runs (same language version and libc), or why none can. */
interface Fit {
  distroless?: RuntimeChoice;
  chainguard?: RuntimeChoice;
  /** Why no distroless image fits, and the same-version image that does. */
  none?: { why: string; instead?: string };
}

function fitOf(model: DockerfileModel, eco: Ecosystem, image: ImageRef): Fit {
  const profile = profileOfImage(eco, image);
  if (eco === 'go') profile.static = /CGO_ENABLED=0/.test(model.text);
  if (eco === 'rust') profile.static = /--target[=\s]+\S*musl/.test(model.text) || profile.libc === 'musl';
  const pick = (flavour: Flavour) => {
    const c = matchRuntime(profile, flavour);
    return 'reason' in c ? c : c.fallback ? { fallback: c.fallback, instead: c.image } : c;
  };
  const d = pick('distroless');
  const c = pick('chainguard');
  const chainguard = 'image' in c ? c : undefined;
  if ('image' in d) return { distroless: d, chainguard };
  return { chainguard, none: 'reason' in d ? { why: d.reason } : { why: d.fallback, instead: d.instead } };
}

/** The stage can move to a shell-less image as is: nothing runs a shell, and the user is not root by name. */
function shellFree(stage: Stage): boolean {
  return stage.instructions.every((i) => {
    const kw = i.getKeyword();
    if (kw === 'RUN' || kw === 'HEALTHCHECK' || kw === 'ONBUILD' || kw === 'SHELL') return false;
    if (kw === 'USER') return /^(?:\d+(?::\d+)?|nonroot(?::nonroot)?)$/.test((i.getArgumentsContent() ?? '').trim());
    if (kw === 'ADD') return false;
    return true;
  });
}

/** "Switch to <runtime>" by rewriting the final FROM (and the command where the runtime's ENTRYPOINT requires it). */
function rewriteFixes(model: DockerfileModel, stage: Stage, eco: Ecosystem, image: ImageRef, fit: Fit): Fix[] {
  if (stage.parent || !shellFree(stage) || stage.imageRange.start.line !== stage.imageRange.end.line) return [];
  if (textOf(model, stage.imageRange) !== image.text) return [];
  const command = commandOf(stage);
  if (!command) return [];
  const fixes: Fix[] = [];
  const fromEdit = (runtime: string): TextEdit => ({ range: stage.imageRange, newText: runtime });
  const add = (flavour: Flavour, runtime: string | undefined, extra: TextEdit[] = []) => {
    if (runtime) fixes.push({ title: `Switch to ${flavour === 'distroless' ? 'a distroless runtime' : 'a Chainguard runtime'} (${runtime})`, safe: false, edits: [fromEdit(runtime), ...extra] });
  };
  const first = command.argv[0];
  switch (eco) {
    case 'go':
    case 'rust': {
      // A compiled binary: the command must be a path into the image, not a shell or an interpreter.
      if (!/^\.?\//.test(first) || /\/(?:ba|da|a)?sh$/.test(first)) return [];
      add('distroless', fit.distroless?.image);
      add('chainguard', fit.chainguard?.image);
      return fixes;
    }
    case 'java': {
      if (!/^(?:java|\/usr\/bin\/java|\/opt\/java\/openjdk\/bin\/java)$/.test(first)) return [];
      const runtime = fit.distroless;
      if (!runtime) return [];
      if (command.kind === 'ENTRYPOINT') {
        add('distroless', runtime.image);
        add('chainguard', fit.chainguard?.image);
      } else if (command.argv[1] === '-jar') {
        // The distroless java image's ENTRYPOINT is `java -jar`: the CMD keeps only the jar and its arguments.
        const edit = commandEdit(command, command.argv.slice(2));
        if (edit) add('distroless', runtime.image, [edit]);
      }
      return fixes;
    }
    case 'node': {
      if (first !== 'node') return [];
      const runtime = fit.distroless;
      if (!runtime) return [];
      // The distroless image's ENTRYPOINT is node itself.
      const edit = command.kind === 'CMD'
        ? commandEdit(command, command.argv.slice(1))
        : commandEdit(command, ['/nodejs/bin/node', ...command.argv.slice(1)]);
      if (edit && command.argv.length > 1) add('distroless', runtime.image, [edit]);
      if (command.kind === 'ENTRYPOINT') add('chainguard', fit.chainguard?.image);
      return fixes;
    }
    case 'dotnet': {
      if (!/^(\d+\.\d+)(?:-(?:bookworm-slim|noble|jammy))?$/.test(image.tag ?? '') || !/^dotnet\/(aspnet|runtime)$/.test(image.repository.toLowerCase()) || !fit.distroless) return [];
      add('distroless', `${image.registry}/${image.repository}:${fit.distroless.version}-noble-chiseled`);
      return fixes;
    }
    default:
      return [];
  }
}

const NPM_ONLY = /^(?:(?:npm|yarn|pnpm|npx|corepack)\b[^;&|`$<>]*)(?:&&\s*(?:npm|yarn|pnpm|npx|corepack)\b[^;&|`$<>]*)*$/;

/**
 * A single-stage Node.js build: turn the stage into a builder and append a
 * distroless runtime stage that copies the application directory.
 */
function splitNodeFix(model: DockerfileModel, stage: Stage, image: ImageRef, fit: Fit): Fix[] {
  if (model.stages.length !== 1 || imageFamily(image) === 'alpine' || officialName(image) !== 'node') return [];
  const last = model.instructions.at(-1);
  if (last && endsContinued(model, last)) return [];
  if (textOf(model, stage.imageRange) !== image.text) return [];
  const runtime = fit.distroless;
  if (!runtime) return [];
  const command = commandOf(stage);
  if (!command || command.argv[0] !== 'node' || command.argv.length < 2) return [];
  const workdirs = stage.instructions.filter((i) => i.getKeyword() === 'WORKDIR');
  const workdir = (workdirs.at(-1)?.getArgumentsContent() ?? '').trim();
  if (!/^\/[A-Za-z0-9_./-]+$/.test(workdir) || workdir === '/') return [];
  const kept: string[] = [];
  for (const i of stage.instructions) {
    const kw = i.getKeyword();
    const text = model.lines.slice(i.getRange().start.line, i.getRange().end.line + 1).join(eolOf(model));
    if (kw === 'RUN') {
      if (!NPM_ONLY.test((i.getArgumentsContent() ?? '').trim())) return [];
    } else if (kw === 'ENV' || kw === 'EXPOSE' || kw === 'LABEL' || kw === 'STOPSIGNAL') {
      kept.push(text);
    } else if (kw === 'USER') {
      if (!/^(?:node|1000|\d+(?::\d+)?)$/.test((i.getArgumentsContent() ?? '').trim())) return [];
    } else if (kw === 'HEALTHCHECK' || kw === 'ONBUILD' || kw === 'SHELL' || kw === 'VOLUME' || kw === 'ADD') {
      return [];
    } else if (kw === 'COPY') {
      if (/--from/i.test(i.getArgumentsContent() ?? '') || i.getArguments().some((a) => a.getValue().startsWith('<<'))) return [];
    }
  }
  const name = stage.name ?? 'build';
  const edits: TextEdit[] = [];
  if (!stage.name) {
    const end = stage.imageRange.end;
    edits.push({ range: { start: end, end }, newText: ' AS build' });
  }
  const argv = command.kind === 'CMD' ? command.argv.slice(1) : ['/nodejs/bin/node', ...command.argv.slice(1)];
  edits.push(appendEdit(model, [
    '',
    `FROM ${runtime.image}`,
    ...kept,
    `WORKDIR ${workdir}`,
    `COPY --from=${name} ${workdir} ${workdir}`,
    `${command.kind} ${JSON.stringify(argv).replace(/","/g, '", "')}`,
  ]));
  return [{ title: `Add a distroless runtime stage (${runtime.image})`, safe: false, edits }];
}

/** The final stage runs on a full OS image where a distroless or minimal runtime fits. */
const rule: DockerfileRule = {
  meta: {
    id: 'prefer-minimal-runtime',
    kind: 'dockerfile',
    title: 'Final stage runs on a full OS image',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    resolvedByHarden: true,
    doc,
  },
  check({ model, path, report }) {
    if (nonShippingImage(model, path)) return;
    const stage = model.finalStage;
    if (!stage || isWindowsStage(model, stage) || isDevelopmentBuild(path, stage)) return;
    const root = stage.parent ? chainRoot(stage) : stage;
    const image = root.image;
    if (!image) return;
    const builder = TOOLCHAINS.has(officialName(image) ?? '') || image.repository.toLowerCase() === 'dotnet/sdk';
    // Only images that start an application: a Dockerfile without a command, or one that starts a shell script
    // on a runtime image (tomcat's catalina.sh, entrypoint scripts), is a base image or needs its shell.
    const start = startCommand(stage);
    if (!start) return;
    const program = start.argv[0] ?? '';
    if (!builder && (/(?:^|\/)(?:[\w.-]+\.sh|sh|bash|ash|dash)$/.test(program) || isBaseImageBuild(stage))) return;
    let ecoCache: { value?: Ecosystem } | undefined;
    const ecoOf = () => (ecoCache ??= { value: stageEcosystem(model, stage) }).value;
    if (!fullOsImage(image, ecoOf)) return;
    const eco = ecoOf();
    const fit = eco ? fitOf(model, eco, image) : undefined;
    // Nothing minimal runs what a slim or Alpine image of the right version runs: that image is already the best fit.
    if (fit?.none && !builder && (/(^|-)slim(-|$)/.test(image.tag ?? '') || fit.none.instead === image.text)) return;
    const fixes = eco && fit ? [...rewriteFixes(model, stage, eco, image, fit), ...(eco === 'node' ? splitNodeFix(model, stage, image, fit) : [])] : [];
    const advice = fit?.distroless ? `; copy the artefact into a minimal runtime such as ${fit.distroless.image}`
      : fit?.none?.instead ? `; no distroless image fits (${fit.none.why}): copy the artefact into ${fit.none.instead} with a non-root user`
        : '; copy the artefact into a minimal runtime (distroless, Chainguard or alpine)';
    report({
      range: stage.imageRange,
      message: `The final stage runs on '${image.text}', ${builder ? 'a build toolchain image' : 'a full OS image'} with a shell, package manager and tools the application does not need at run time${advice}`,
      fixes,
    });
  },
};

function chainRoot(stage: Stage): Stage {
  let s = stage;
  while (s.parent) s = s.parent;
  return s;
}

export default rule;
