/** A {@link ProjectView} over the real file system, for the CLI and the language server. */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import type { ProjectView } from '../rules/types.js';

/** Files larger than this are treated as unreadable for cross-file reasoning. */
const MAX_READ_BYTES = 2 * 1024 * 1024;

export interface FsProjectOptions {
  /**
   * Read nothing outside `root`: a path that leaves it (`..`, an absolute
   * path, or a symbolic link pointing out of it) reads as missing. A
   * workspace cannot then make Shipshape read files beside it through a
   * Compose build context, an include or a link.
   */
  contain?: boolean;
}

function realpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

export function fsProject(root?: string, options: FsProjectOptions = {}): ProjectView {
  const rootReal = options.contain && root ? realpath(root) : undefined;
  const inside = (path: string): boolean => {
    if (!rootReal) return !(options.contain && root);
    const real = realpath(path);
    return real !== undefined && (real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep));
  };
  return {
    root,
    readFile(path) {
      try {
        if (!inside(path)) return undefined;
        const st = statSync(path);
        if (!st.isFile() || st.size > MAX_READ_BYTES) return undefined;
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    exists(path) {
      try {
        if (!inside(path)) return false;
        statSync(path);
        return true;
      } catch {
        return false;
      }
    },
    listDir(path) {
      try {
        if (!inside(path)) return undefined;
        return readdirSync(path);
      } catch {
        return undefined;
      }
    },
  };
}
