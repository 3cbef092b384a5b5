/** The build context of the Dockerfile being analysed, found once per analysis however many rules ask. */
import { buildContextOf, type BuildContext } from '../../../model/context.js';
import { derived, type DockerfileModel } from '../../../parse/dockerfile.js';
import type { ProjectView } from '../../types.js';

const byPath = (): Map<string, BuildContext> => new Map();

/**
 * {@link buildContextOf} for the file this model was parsed from: the Compose
 * files, workflows and bake files around it and its `.dockerignore` are read
 * once for all the rules of an analysis. The context is shared: read it only.
 */
export function buildContextFor(model: DockerfileModel, path: string, project: ProjectView): BuildContext {
  const memo = derived(model, byPath);
  let ctx = memo.get(path);
  if (!ctx) memo.set(path, (ctx = buildContextOf(path, project)));
  return ctx;
}
