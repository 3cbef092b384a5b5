/** Which files' contents other files' findings depend on. */
import picomatch from 'picomatch';
import { WATCHED_FILES_GLOB } from '../protocol.js';

const isWatched = picomatch(WATCHED_FILES_GLOB, { dot: true, nocase: true });

/** Whether a change to this document can change another document's findings. */
export function affectsOtherFiles(uri: string): boolean {
  const path = uri.replace(/^[a-z][a-z0-9+.-]+:\/*/i, '/').replace(/\\/g, '/');
  return isWatched(path);
}
