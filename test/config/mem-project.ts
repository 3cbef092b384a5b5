/** An in-memory {@link ProjectView} over a map of absolute paths to texts. */
import { dirname } from 'node:path';
import type { ProjectView } from '../../server/src/rules/types.js';

export function memProject(files: Record<string, string>, root?: string): ProjectView & { reads: string[] } {
  const dirs = new Set<string>();
  for (const p of Object.keys(files)) for (let d = dirname(p); !dirs.has(d); d = dirname(d)) {
    dirs.add(d);
    if (dirname(d) === d) break;
  }
  const reads: string[] = [];
  return {
    root,
    reads,
    readFile: (p) => {
      reads.push(p);
      return files[p];
    },
    exists: (p) => p in files || dirs.has(p),
    listDir: (p) => (dirs.has(p) ? Object.keys(files).filter((f) => dirname(f) === p).map((f) => f.slice(p.length + 1)) : undefined),
  };
}
