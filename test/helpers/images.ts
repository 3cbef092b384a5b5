/** A {@link ProjectView} whose registry lookup answers from a table, for tests of registry-aware rules. */
import { emptyProject } from '../../server/src/engine/analyze.js';
import type { ImageFacts, ProjectView } from '../../server/src/rules/types.js';

export const D_OLD = `sha256:${'a'.repeat(64)}`;
export const D_NEW = `sha256:${'b'.repeat(64)}`;
export const D_AMD64 = `sha256:${'c'.repeat(64)}`;

/** Facts with defaults for what a test does not care about. */
export function facts(over: Partial<ImageFacts> = {}): ImageFacts {
  return { digest: D_NEW, manifestDigest: D_NEW, user: '', ...over };
}

/**
 * A project that knows the images in `table`, keyed `ref` (host platform)
 * or `ref|platform`.
 */
export function projectWithImages(table: Record<string, ImageFacts>, base: ProjectView = emptyProject): ProjectView & { asked: string[] } {
  const asked: string[] = [];
  return {
    ...base,
    asked,
    image(ref, platform) {
      const key = platform ? `${ref}|${platform}` : ref;
      asked.push(key);
      return table[key];
    },
  };
}
