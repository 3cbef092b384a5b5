/** A {@link ProjectView} over the real file system, for the CLI and the language server. */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, sep } from 'node:path';
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

/** A view that asks `view` once per path and question (a scan's snapshot: nothing writes meanwhile). */
function remembering(view: ProjectView): ProjectView {
  return { ...new CachedDisk(view, SNAPSHOT_MAX_BYTES).view, snapshot: true };
}

/**
 * A project view that asks `disk` once per path and question and remembers
 * the answer until {@link forget} is called for the changed paths (the
 * editor's file-watcher events), so a keystroke does not walk the
 * neighbouring files again. File texts are remembered up to `maxTextChars`
 * in all; past that they are read each time.
 */
export class CachedDisk {
  private readonly files = new Map<string, string | undefined>();
  private readonly present = new Map<string, boolean>();
  private readonly dirs = new Map<string, readonly string[] | undefined>();
  private kept = 0;
  readonly view: ProjectView;

  constructor(readonly disk: ProjectView, maxTextChars = Infinity) {
    this.view = {
      root: disk.root,
      readFile: (p) => {
        if (this.files.has(p)) return this.files.get(p);
        const text = disk.readFile(p);
        if (this.kept + (text?.length ?? 0) <= maxTextChars) {
          this.kept += text?.length ?? 0;
          this.files.set(p, text);
        }
        return text;
      },
      exists: (p) => {
        let yes = this.present.get(p);
        if (yes === undefined) {
          yes = disk.exists(p);
          this.present.set(p, yes);
        }
        return yes;
      },
      // A copy each time: callers may sort or filter what they get.
      listDir: (p) => {
        if (!this.dirs.has(p)) this.dirs.set(p, disk.listDir(p));
        const names = this.dirs.get(p);
        return names && [...names];
      },
    };
  }

  /** Files changed on disk (created, changed or deleted): their contents and their folders' listings are read again. */
  forget(paths: readonly string[]): void {
    for (const p of paths) {
      // A folder that was read (deleted, moved or replaced): whatever was read below it too.
      const folder = this.dirs.get(p) !== undefined;
      this.files.delete(p);
      this.present.delete(p);
      this.dirs.delete(p);
      this.dirs.delete(dirname(p));
      if (!folder) continue;
      const below = p.endsWith(sep) ? p : p + sep;
      for (const map of [this.files, this.present, this.dirs] as Map<string, unknown>[]) {
        for (const k of map.keys()) if (k.startsWith(below)) map.delete(k);
      }
    }
  }

  clear(): void {
    this.files.clear();
    this.present.clear();
    this.dirs.clear();
    this.kept = 0;
  }
}
