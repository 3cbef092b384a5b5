/**
 * The Kubernetes manifests around the analysed one, for rules that reason
 * across files (a binding's role, the NetworkPolicies of a namespace): the
 * YAML files of the file's folder and of its parent folder with their
 * subfolders, and whatever the kustomizations found there list as
 * `resources`. Bounded in files and depth; a file is parsed again only
 * when its text changes (the editor asks on every keystroke).
 */
import { kubernetesModel, type K8sObject } from '../../../parse/kubernetes.js';
import { isMap, isSeq, scalarString, valueOf } from '../../../parse/yaml-access.js';
import { parseYaml, type YamlModel } from '../../../parse/yaml.js';
import type { ProjectView } from '../../types.js';

/** A manifest of the workspace: its path and parsed model. */
export interface Manifest {
  path: string;
  model: YamlModel;
}

const MAX_FILES = 400;
const MAX_DEPTH = 4;
const SKIP_DIRS = new Set(['node_modules', '.git', 'vendor', 'dist', 'build', 'target', '.terraform']);
const YAML = /\.ya?ml$/i;
const KUSTOMIZATION = /^kustomization\.ya?ml$/i;

const MAX_CACHED = 400;
/** Larger neighbours are not read for cross-file facts (the editor does not analyse them either). */
const MAX_NEIGHBOUR_CHARS = 512 * 1024;
/** Parsed neighbours by path, with the text they were parsed from (oldest first, for eviction). */
const parsed = new Map<string, { text: string; model: YamlModel | undefined }>();

function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i > 0 ? path.slice(0, i) : i === 0 ? '/' : '';
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** Resolves `.` and `..` segments of a slash path. */
function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + out.join('/');
}

function modelOf(project: ProjectView, path: string): YamlModel | undefined {
  const text = project.readFile(path);
  if (text === undefined || text.length > MAX_NEIGHBOUR_CHARS) return undefined;
  const hit = parsed.get(path);
  if (hit && hit.text === text) return hit.model;
  // Only files that can hold an object with a kind are parsed.
  const model = /^\s*kind\s*:/m.test(text) ? parseYaml(text) : undefined;
  parsed.delete(path);
  parsed.set(path, { text, model });
  if (parsed.size > MAX_CACHED) parsed.delete(parsed.keys().next().value as string);
  return model;
}

/**
 * Paths of the YAML files around `path`, the file itself excluded: its
 * folder and the parent folder (not above the project root), their
 * subfolders, and kustomization `resources`.
 */
export function neighbourPaths(path: string, project: ProjectView): string[] {
  const dir = dirOf(path);
  if (!dir || !path.startsWith('/')) return [];
  return manifestsAround(dir, project).filter((f) => f !== path);
}

/** What a snapshot project (files that do not change) already told about a folder's surroundings. */
interface FolderFacts {
  paths: Map<string, string[]>;
  objects: Map<string, { manifest: Manifest; obj: K8sObject }[]>;
}

/** Folders whose neighbouring objects a snapshot project keeps (oldest dropped first). */
const MAX_FOLDERS = 8;

const snapshotFacts = new WeakMap<ProjectView, FolderFacts>();

function factsOf(project: ProjectView): FolderFacts | undefined {
  if (!project.snapshot) return undefined;
  let facts = snapshotFacts.get(project);
  if (!facts) {
    facts = { paths: new Map(), objects: new Map() };
    snapshotFacts.set(project, facts);
  }
  return facts;
}

/** The YAML files around folder `dir` (see {@link neighbourPaths}), once per folder of a snapshot project. */
function manifestsAround(dir: string, project: ProjectView): string[] {
  const facts = factsOf(project);
  let files = facts?.paths.get(dir);
  if (!files) {
    files = walkAround(dir, project);
    facts?.paths.set(dir, files);
  }
  return files;
}

function walkAround(dir: string, project: ProjectView): string[] {
  const parent = dirOf(dir);
  const root = project.root;
  const top = parent && parent !== dir && (!root || parent.startsWith(root)) && parent !== '/' ? parent : dir;
  const files: string[] = [];
  const seenDirs = new Set<string>();
  const queue: { dir: string; depth: number }[] = [{ dir: top, depth: 0 }];
  while (queue.length && files.length < MAX_FILES) {
    const { dir: current, depth } = queue.shift()!;
    if (seenDirs.has(current)) continue;
    seenDirs.add(current);
    const names = project.listDir(current);
    if (!names) continue;
    for (const name of [...names].sort()) {
      if (files.length >= MAX_FILES) break;
      const child = join(current, name);
      if (YAML.test(name)) {
        if (!files.includes(child)) files.push(child);
        if (KUSTOMIZATION.test(name)) {
          for (const res of kustomizationResources(project, child)) {
            if (YAML.test(res)) {
              if (!files.includes(res)) files.push(res);
            } else if (depth < MAX_DEPTH) {
              queue.push({ dir: res, depth: depth + 1 });
            }
          }
        }
      } else if (!name.startsWith('.') && !SKIP_DIRS.has(name) && depth < MAX_DEPTH && project.listDir(child) !== undefined) {
        queue.push({ dir: child, depth: depth + 1 });
      }
    }
  }
  return files;
}

/** The local paths a kustomization lists under `resources` (and the older `bases`). */
function kustomizationResources(project: ProjectView, path: string): string[] {
  const text = project.readFile(path);
  if (!text) return [];
  const dir = dirOf(path);
  const out: string[] = [];
  for (const doc of parseYaml(text).docs) {
    const root = doc.contents;
    if (!isMap(root)) continue;
    for (const key of ['resources', 'bases']) {
      const list = valueOf(root, key);
      if (!isSeq(list)) continue;
      for (const item of list.items) {
        const ref = scalarString(item);
        if (ref && !/^[a-z]+:\/\//i.test(ref) && !ref.includes('?') && !ref.startsWith('/')) out.push(normalize(join(dir, ref)));
      }
    }
  }
  return out;
}

/** The manifests around `path` (not the file itself), parsed. */
export function neighbourManifests(path: string, project: ProjectView): Manifest[] {
  return neighbourPaths(path, project).flatMap((p) => {
    const model = modelOf(project, p);
    return model ? [{ path: p, model }] : [];
  });
}

/** The Kubernetes objects of the neighbouring manifests, each with the manifest it is in. */
export function neighbourObjects(path: string, project: ProjectView): { manifest: Manifest; obj: K8sObject }[] {
  const dir = dirOf(path);
  const facts = factsOf(project);
  if (!facts || !dir || !path.startsWith('/')) return objectsOf(neighbourManifests(path, project));
  let all = facts.objects.get(dir);
  if (!all) {
    all = objectsOf(manifestsAround(dir, project).flatMap((p) => {
      const model = modelOf(project, p);
      return model ? [{ path: p, model }] : [];
    }));
    facts.objects.set(dir, all);
    // Files are analysed folder by folder: a few folders' objects are enough, and memory stays bounded.
    if (facts.objects.size > MAX_FOLDERS) facts.objects.delete(facts.objects.keys().next().value as string);
  }
  return all.filter((o) => o.manifest.path !== path);
}

function objectsOf(manifests: Manifest[]): { manifest: Manifest; obj: K8sObject }[] {
  return manifests.flatMap((manifest) => kubernetesModel(manifest.model).objects.map((obj) => ({ manifest, obj })));
}
