/** A {@link ProjectView} over the real file system, for the CLI and the language server. */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import type { ProjectView } from '../rules/types.js';
import { withoutBom } from '../text.js';

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
  /**
   * The files do not change while the view is used (a CLI scan): each
   * answer is read from disk once and remembered, and the view says so
   * ({@link ProjectView.snapshot}). Remembered file texts are bounded by
   * {@link SNAPSHOT_MAX_BYTES}; past it, texts are read again.
   */
  snapshot?: boolean;
}

/** Characters of file text a snapshot view remembers at most. */
export const SNAPSHOT_MAX_BYTES = 8 * 1024 * 1024;

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
  const view: ProjectView = {
    root,
    readFile(path) {
      try {
        if (!inside(path)) return undefined;
        // A missing file answers undefined rather than throwing: an editor asks for missing files on every keystroke.
        const st = statSync(path, { throwIfNoEntry: false });
        if (!st?.isFile() || st.size > MAX_READ_BYTES) return undefined;
        return withoutBom(readFileSync(path, 'utf8'));
      } catch {
        return undefined;
      }
    },
    exists(path) {
      try {
        if (!inside(path)) return false;
        return statSync(path, { throwIfNoEntry: false }) !== undefined;
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
  return options.snapshot ? remembering(view) : view;
}

/** A view that asks `view` once per path and question. */
function remembering(view: ProjectView): ProjectView {
  const texts = new Map<string, string | undefined>();
  const existing = new Map<string, boolean>();
  const dirs = new Map<string, readonly string[] | undefined>();
  let kept = 0;
  return {
    root: view.root,
    snapshot: true,
    readFile(path) {
      if (texts.has(path)) return texts.get(path);
      const text = view.readFile(path);
      if (kept + (text?.length ?? 0) <= SNAPSHOT_MAX_BYTES) {
        kept += text?.length ?? 0;
        texts.set(path, text);
      }
      return text;
    },
    exists(path) {
      let yes = existing.get(path);
      if (yes === undefined) {
        yes = view.exists(path);
        existing.set(path, yes);
      }
      return yes;
    },
    listDir(path) {
      if (!dirs.has(path)) dirs.set(path, view.listDir(path));
      const names = dirs.get(path);
      return names && [...names];
    },
  };
}
