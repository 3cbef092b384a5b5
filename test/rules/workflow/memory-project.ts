/** An in-memory ProjectView for workflow tests: absolute path → content. */
import type { ProjectView } from '../../../server/src/rules/types.js';

export function memoryProject(files: Record<string, string>, root = '/repo'): ProjectView {
  const dirs = new Map<string, Set<string>>();
  for (const path of Object.keys(files)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/') || '/';
      if (!dirs.has(dir)) dirs.set(dir, new Set());
      dirs.get(dir)!.add(parts[i]);
    }
  }
  return {
    root,
    readFile: (p) => files[p],
    exists: (p) => p in files || dirs.has(p),
    listDir: (p) => (dirs.has(p) ? [...dirs.get(p)!] : undefined),
  };
}
