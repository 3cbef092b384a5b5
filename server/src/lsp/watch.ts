/** Which files' contents other files' findings depend on, and which open documents to re-analyse when one changes. */
import picomatch from 'picomatch';
import { kindFromPath } from '../engine/index.js';
import { WATCHED_FILES_GLOB } from '../protocol.js';
import { uriToPath } from './paths.js';

const isWatched = picomatch(WATCHED_FILES_GLOB, { dot: true, nocase: true });
const isConfig = picomatch('**/{.shipshape.y*ml,.hadolint.y*ml,package.json}', { dot: true, nocase: true });

const slashed = (uri: string) => uri.replace(/^[a-z][a-z0-9+.-]+:\/*/i, '/').replace(/\\/g, '/');

/** Whether a change to this document can change another document's findings. */
export function affectsOtherFiles(uri: string): boolean {
  return isWatched(slashed(uri));
}

/**
 * Whether a change to `changed` can alter the findings of the open document
 * `other`. Configuration files concern every document; otherwise files of one
 * kind (say two Dockerfiles) do not depend on each other, so editing one of
 * many open Dockerfiles re-analyses the Compose files, not every Dockerfile.
 */
export function dependsOn(other: string, changed: string): boolean {
  if (other === changed || !affectsOtherFiles(changed)) return false;
  if (isConfig(slashed(changed))) return true;
  const kind = (uri: string) => kindFromPath(uriToPath(uri)) ?? 'other';
  return kind(other) !== kind(changed);
}
