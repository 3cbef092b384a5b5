/** A {@link ProjectView} over the real file system, for the CLI and the language server. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { ProjectView } from '../rules/types.js';

/** Files larger than this are treated as unreadable for cross-file reasoning. */
const MAX_READ_BYTES = 2 * 1024 * 1024;

export function fsProject(root?: string): ProjectView {
  return {
    root,
    readFile(path) {
      try {
        const st = statSync(path);
        if (!st.isFile() || st.size > MAX_READ_BYTES) return undefined;
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    exists(path) {
      try {
        statSync(path);
        return true;
      } catch {
        return false;
      }
    },
    listDir(path) {
      try {
        return readdirSync(path);
      } catch {
        return undefined;
      }
    },
  };
}
