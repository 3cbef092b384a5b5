/**
 * The user a built service's image runs as, read from the Dockerfile its
 * `build:` points at (through the project view, never the file system).
 */
import { imageFamily } from '../../../knowledge/images.js';
import { buildOf, type BuildInfo, type ComposeService } from '../../../parse/compose.js';
import { derived } from '../../../parse/yaml.js';
import { dirOf, joinPath } from '../../../paths.js';
import { parseDockerfile, stageChain, type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';
import type { ProjectView, Range } from '../../types.js';
import { effectiveUser, isRootUser, isWindowsStage } from '../../../model/user.js';

export interface BuiltUser {
  build: BuildInfo;
  /** Absolute path of the Dockerfile (the Compose file itself for `dockerfile_inline`). */
  dockerfilePath: string;
  /** The Dockerfile as the Compose file names it (`backend/Dockerfile`). */
  display: string;
  stage: Stage;
  /** Whether the stage runs as root, and why. */
  root: boolean;
  /** `USER root`, `no USER; python:3.12 runs as root by default`. */
  reason: string;
  /** Where in the Dockerfile the user is decided (the USER instruction, else the FROM line). */
  range: Range;
}

/** Official images (`python`, `library/node`, `docker.io/postgres`) start as root unless their Dockerfile says otherwise. */
function startsAsRoot(stage: Stage): boolean {
  const root = stageChain(stage).at(-1)!;
  if (root.scratch) return true;
  const image = root.image;
  if (!image) return false;
  const family = imageFamily(image);
  if (family === 'windows' || family === 'unknown') {
    const official = (!image.registry || image.registry === 'docker.io' || image.registry === 'index.docker.io')
      && (!image.repository.includes('/') || image.repository.startsWith('library/'));
    return official;
  }
  return family !== 'distroless' && family !== 'chainguard';
}

function read(project: ProjectView, path: string): string | undefined {
  try {
    return project.readFile(path);
  } catch {
    return undefined;
  }
}

/**
 * The Dockerfiles a Compose file's services build, parsed, with the text each
 * was parsed from; by path (a `dockerfile_inline` by service). One entry per
 * key, so a model kept across edits of a Dockerfile holds its latest parse only.
 */
const parsedDockerfiles = (): Map<string, { text: string; model: DockerfileModel | undefined }> => new Map();

/**
 * The Dockerfile `key` names, with this text, parsed once per Compose model:
 * the rules that look into a service's image (its user, its health check)
 * share one parse and its derived answers. Undefined when it does not parse.
 */
function parsedFor(svc: ComposeService, key: string, text: string): DockerfileModel | undefined {
  const parsed = derived(svc.file.model, parsedDockerfiles);
  const known = parsed.get(key);
  if (known && known.text === text) return known.model;
  let model: DockerfileModel | undefined;
  try {
    model = parseDockerfile(text);
  } catch {
    model = undefined;
  }
  parsed.set(key, { text, model });
  return model;
}

/** The Dockerfile a service builds, parsed, and the stage it builds. */
export interface BuiltDockerfile {
  build: BuildInfo;
  /** Absolute path of the Dockerfile (the Compose file itself for `dockerfile_inline`). */
  path: string;
  /** The Dockerfile as the Compose file names it (`backend/Dockerfile`). */
  display: string;
  model: DockerfileModel;
  /** The `target` stage, else the final stage. */
  stage: Stage;
}

/**
 * The Dockerfile a service's `build:` points at, found as Compose finds it
 * (context relative to the Compose file, `dockerfile` relative to the
 * context, default `Dockerfile` then `Containerfile`; `dockerfile_inline`
 * in place). Undefined for remote or interpolated contexts, unreadable
 * files and unknown targets.
 */
export function dockerfileOf(svc: ComposeService, project: ProjectView): BuiltDockerfile | undefined {
  const build = buildOf(svc);
  if (!build) return undefined;
  const composeDir = dirOf(svc.file.path);
  let text: string | undefined;
  let path = '';
  let display = '';
  if (build.dockerfileInline !== undefined) {
    text = build.dockerfileInline;
    path = svc.file.path;
    display = 'its dockerfile_inline';
  } else {
    const context = build.context ?? '.';
    if (!context || context.includes('$') || /^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\//i.test(context)) return undefined;
    if (build.dockerfile?.includes('$')) return undefined;
    const contextDir = joinPath(composeDir, context);
    const names = build.dockerfile ? [build.dockerfile] : ['Dockerfile', 'Containerfile'];
    for (const name of names) {
      const candidate = joinPath(contextDir, name);
      text = read(project, candidate);
      if (text !== undefined) {
        path = candidate;
        const prefix = context === '.' || context === './' ? '' : `${context.replace(/^\.\//, '').replace(/\/$/, '')}/`;
        display = /^([/\\]|[A-Za-z]:)/.test(name) ? name : `${prefix}${name}`;
        break;
      }
    }
    if (text === undefined) return undefined;
  }
  const model = parsedFor(svc, build.dockerfileInline !== undefined ? `${path}\0${svc.name}` : path, text);
  if (!model) return undefined;
  const stage = build.target ? model.stages.find((s) => s.name === build.target!.toLowerCase()) : model.finalStage;
  return stage ? { build, path, display, model, stage } : undefined;
}

/**
 * The user of the image a service builds, or undefined when it cannot be
 * known (see {@link dockerfileOf}; also an unresolvable USER or a Windows image).
 */
export function builtUser(svc: ComposeService, project: ProjectView): BuiltUser | undefined {
  const df = dockerfileOf(svc, project);
  if (!df || isWindowsStage(df.model, df.stage)) return undefined;
  const { build, stage, display } = df;
  const dockerfilePath = df.path;
  let model = df.model;
  if (build.args.size) {
    const globalArgs = new Map(model.globalArgs);
    for (const [k, v] of build.args) if (globalArgs.has(k)) globalArgs.set(k, v);
    model = { ...model, globalArgs, derived: undefined };
  }
  const eff = effectiveUser(model, stage, project);
  if (eff.source === 'instruction' && eff.instruction && eff.user !== undefined) {
    return { build, dockerfilePath, display, stage, root: isRootUser(eff.user), reason: `USER ${eff.user}`, range: eff.instruction.getRange() };
  }
  const base = stageChain(stage).at(-1)!;
  if (eff.source === 'image-default' && eff.user !== undefined) {
    return { build, dockerfilePath, display, stage, root: isRootUser(eff.user), reason: `no USER; ${base.image?.text ?? base.rawImage} runs as ${eff.user}`, range: base.from.getRange() };
  }
  if (eff.source === 'implicit-root' && startsAsRoot(stage)) {
    return { build, dockerfilePath, display, stage, root: true, reason: eff.known === false ? `no USER; unless ${base.image?.text ?? base.rawImage} sets a USER of its own, it runs as root` : `no USER; ${base.image?.text ?? base.rawImage} runs as root by default`, range: base.from.getRange() };
  }
  return undefined;
}
