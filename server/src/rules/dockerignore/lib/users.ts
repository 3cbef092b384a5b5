/** Who reads a `.dockerignore`, asked once per analysis however many rules want it. */
import { ignoreFileUsers, type IgnoreUser } from '../../../model/context.js';
import { derived, type IgnoreModel } from '../../../parse/ignorefile.js';
import type { ProjectView } from '../../types.js';

const byPath = (): Map<string, IgnoreUser[] | undefined> => new Map();

/**
 * {@link ignoreFileUsers} for the file this model was parsed from: the
 * Compose files, workflows and bake files around are read and parsed once for
 * all the `.dockerignore` rules of an analysis.
 */
export function ignoreUsersOf(model: IgnoreModel, path: string, project: ProjectView): IgnoreUser[] | undefined {
  const memo = derived(model, byPath);
  if (!memo.has(path)) memo.set(path, ignoreFileUsers(path, project));
  return memo.get(path);
}
