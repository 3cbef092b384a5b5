/** Which files' contents other files' findings depend on, and which open documents to re-analyse when one changes. */
import picomatch from 'picomatch';
import { kindFromPath } from '../engine/index.js';
import { WATCHED_FILES_GLOB } from '../protocol.js';
import { uriToPath } from './paths.js';

const isWatched = picomatch(WATCHED_FILES_GLOB, { dot: true, nocase: true });
const isConfig = picomatch('**/{.shipshape.y*ml,.hadolint.y*ml,package.json}', { dot: true, nocase: true });
const isKustomization = picomatch('**/kustomization.y*ml', { dot: true, nocase: true });

const slashed = (uri: string) => uri.replace(/^[a-z][a-z0-9+.-]+:\/*/i, '/').replace(/\\/g, '/');
const dirOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/** Whether a change to this document can change another document's findings. */
export function affectsOtherFiles(uri: string): boolean {
  return isWatched(slashed(uri));
}

/**
 * Whether a change to `changed` can alter the findings of the open document
 * `other`. Configuration files concern every document. A YAML file that is
 * not a Compose file (a Kubernetes manifest, a kustomization) concerns the
 * manifests that read it as a neighbour: those whose folder's parent holds it
 * (every manifest, for a kustomization, which may list resources anywhere); a
 * workflow concerns the other workflows. Otherwise files of one kind (say two
 * Dockerfiles) do not depend on each other, so editing one of many open
 * Dockerfiles re-analyses the Compose files, not every Dockerfile.
 */
export function dependsOn(other: string, changed: string): boolean {
  if (other === changed || !affectsOtherFiles(changed)) return false;
  const changedPath = slashed(changed);
  if (isConfig(changedPath)) return true;
  const kind = (uri: string) => kindFromPath(uriToPath(uri)) ?? 'other';
  const changedKind = kind(changed);
  if (changedKind === 'workflow') return kind(other) === 'workflow';
  if (changedKind === 'yaml') {
    if (kind(other) !== 'yaml') return false;
    if (isKustomization(changedPath)) return true;
    const top = dirOf(dirOf(slashed(other))) || '/';
    return changedPath.startsWith(top.endsWith('/') ? top : `${top}/`);
  }
  return changedKind !== kind(other);
}
