/**
 * Where a Dockerfile is built from, for the `.dockerignore` the harden plan
 * writes or amends: the build-context helpers the rules use (a Compose
 * `build.context`, a CI workflow's `docker build` or
 * `docker/build-push-action`, a bake target, else its own folder).
 */
import { buildContextOf } from '../model/context.js';
import type { ProjectView } from '../rules/types.js';

export interface HardenContext {
  dir: string;
  /** What decided it: `compose.yaml`, `.github/workflows/ci.yml`, `docker-bake.hcl (target app)`, or the Dockerfile's folder. */
  source?: string;
  /** The `.dockerignore` in effect, if any. */
  ignorePath?: string;
  ignoreText?: string;
}

export function hardenContextOf(dockerfile: string, project: ProjectView): HardenContext {
  const ctx = buildContextOf(dockerfile, project);
  const source = ctx.source === 'compose' ? ctx.composeFile?.split('/').pop() : ctx.source === 'workflow' ? ctx.buildFile : ctx.source === 'bake' ? ctx.buildFile : undefined;
  return { dir: ctx.dir, source, ignorePath: ctx.ignorePath, ignoreText: ctx.ignoreText };
}
