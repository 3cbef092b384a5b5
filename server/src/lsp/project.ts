/**
 * The {@link ProjectView} a document is analysed in: the file system under the
 * workspace folder that contains it, with the unsaved text of open documents
 * taking the place of what is on disk.
 */
import { basename, dirname, sep } from 'node:path';
import { fsProject } from '../node/fs-project.js';
import type { ProjectView } from '../engine/index.js';
import { uriToPath } from './paths.js';

/** The open documents' current text by absolute path. */
export type OpenTexts = () => Map<string, string>;

/** Workspace folders and the project views built over them. */
export class Projects {
  private folders: string[] = [];

  /**
   * @param images what registry resolution knows about an image (see {@link ProjectView.image}).
   */
  constructor(private readonly openTexts: OpenTexts, private readonly images?: ProjectView['image'], private readonly platforms?: ProjectView['imagePlatforms']) {}

  /** Replaces the workspace folders (URIs). */
  setFolders(uris: readonly string[]): void {
    this.folders = uris.map(uriToPath).filter((p) => !p.includes(':') || /^[a-z]:[\\/]/i.test(p));
  }

  addFolder(uri: string): void {
    this.setFolders([...this.folders, uriToPath(uri)]);
  }

  removeFolder(uri: string): void {
    const path = uriToPath(uri);
    this.folders = this.folders.filter((f) => f !== path);
  }

  /** The innermost workspace folder containing the path, if any. */
  rootFor(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      const prefix = folder.endsWith(sep) ? folder : folder + sep;
      if ((path === folder || path.startsWith(prefix)) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /** The project view for a document at `path`. */
  viewFor(path: string): ProjectView {
    // Nothing outside the workspace folder is read, through "..", absolute paths or symbolic links.
    return overlayProject(fsProject(this.rootFor(path), { contain: true }), this.openTexts, this.images, this.platforms);
  }
}

/**
 * A project view with the open documents' unsaved text in place of what is
 * on disk (`openTexts` is asked at most once, when a file is first read).
 */
export function overlayProject(disk: ProjectView, openTexts: OpenTexts, images?: ProjectView['image'], platforms?: ProjectView['imagePlatforms']): ProjectView {
  let open: Map<string, string> | undefined;
  const texts = () => (open ??= openTexts());
  return {
    root: disk.root,
    ...(images ? { image: images } : {}),
    ...(platforms ? { imagePlatforms: platforms } : {}),
    readFile: (p) => texts().get(p) ?? disk.readFile(p),
    exists: (p) => texts().has(p) || disk.exists(p),
    listDir(p) {
      const names = disk.listDir(p);
      const extra = [...texts().keys()].filter((q) => dirname(q) === p).map((q) => basename(q));
      if (!names) return extra.length ? extra : undefined;
      const missing = extra.filter((n) => !names.includes(n));
      return missing.length ? [...names, ...missing] : names;
    },
  };
}

