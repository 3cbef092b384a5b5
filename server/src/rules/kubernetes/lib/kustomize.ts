/**
 * What kustomize does to a manifest file: the kustomizations that list it
 * (in its own directory) or its directory (overlays up to two levels away),
 * whether it is listed as a patch, the namespace they set, and the image
 * tags their `images:` override. Read through the project view, so the
 * answer follows the files on disk.
 */
import { parseAllDocuments, type YAMLMap } from 'yaml';
import { isMap, isSeq, scalarString } from '../../../parse/yaml-access.js';
import { findPair } from '../../../parse/yaml-access.js';
import { derived, withoutStackTraces, type YamlModel } from '../../../parse/yaml.js';
import type { ProjectView } from '../../types.js';

const NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface ImageOverride {
  newName?: string;
  newTag?: string;
  digest?: string;
  /** The kustomization that sets it. */
  file: string;
}

export interface KustomizeFacts {
  /** The kustomization that lists this file as a patch. */
  patchOf?: string;
  /** The namespace a kustomization that includes the file sets, and where. */
  namespace?: { value: string; file: string };
  /** `images:` overrides by image name. */
  images: Map<string, ImageOverride>;
}

const dirname = (p: string): string => p.replace(/\/[^/]*$/, '') || '/';
const basename = (p: string): string => p.replace(/^.*\//, '');

function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return '/' + out.join('/');
}

function resolve(dir: string, rel: string): string {
  return normalise(rel.startsWith('/') ? rel : `${dir}/${rel}`);
}

function strings(node: unknown): string[] {
  if (!isSeq(node)) return [];
  return node.items.map((i) => (isMap(i) ? scalarString(findPair(i, 'path')?.value) : scalarString(i))).filter((s): s is string => !!s);
}

interface Kustomization {
  file: string;
  dir: string;
  resources: string[];
  patches: string[];
  namespace?: string;
  images: Map<string, ImageOverride>;
}

function readKustomization(file: string, project: ProjectView): Kustomization | undefined {
  const text = project.readFile(file);
  if (text === undefined || text.length > 1_000_000) return undefined;
  let root: unknown;
  try {
    root = withoutStackTraces(() => parseAllDocuments(text))[0]?.contents;
  } catch {
    return undefined;
  }
  if (!isMap(root)) return undefined;
  const map = root as YAMLMap;
  const dir = dirname(file);
  const get = (k: string): unknown => findPair(map, k)?.value;
  const images = new Map<string, ImageOverride>();
  const imgs = get('images');
  if (isSeq(imgs)) {
    for (const i of imgs.items) {
      if (!isMap(i)) continue;
      const name = scalarString(findPair(i, 'name')?.value);
      if (!name) continue;
      images.set(name, {
        newName: scalarString(findPair(i, 'newName')?.value),
        newTag: scalarString(findPair(i, 'newTag')?.value),
        digest: scalarString(findPair(i, 'digest')?.value),
        file,
      });
    }
  }
  return {
    file,
    dir,
    resources: [...strings(get('resources')), ...strings(get('bases')), ...strings(get('components'))].map((r) => resolve(dir, r)),
    patches: [...strings(get('patches')), ...strings(get('patchesStrategicMerge')), ...strings(get('patchesJson6902'))].map((r) => resolve(dir, r)),
    namespace: scalarString(get('namespace')),
    images,
  };
}

function kustomizationIn(dir: string, project: ProjectView): Kustomization | undefined {
  for (const n of NAMES) {
    const f = `${dir}/${n}`;
    if (project.exists(f)) return readKustomization(f, project);
  }
  return undefined;
}

/** Directories up to `depth` levels below `dir` (not following hidden ones). */
function subdirs(dir: string, project: ProjectView, depth: number, out: string[] = []): string[] {
  if (depth === 0 || out.length > 200) return out;
  for (const e of project.listDir(dir) ?? []) {
    if (e.startsWith('.') || e === 'node_modules') continue;
    const sub = `${dir}/${e}`;
    if (project.listDir(sub) === undefined) continue;
    out.push(sub);
    subdirs(sub, project, depth - 1, out);
  }
  return out;
}

/** Where a model keeps its kustomize facts. */
const slot = (): { facts?: KustomizeFacts } => ({});

/** The kustomize facts of a manifest (computed once per analysis of the file). */
export function kustomizeFacts(model: YamlModel, path: string, project: ProjectView): KustomizeFacts {
  const kept = derived(model, slot);
  if (kept.facts) return kept.facts;
  const facts: KustomizeFacts = { images: new Map() };
  kept.facts = facts;
  const file = normalise(path.replace(/\\/g, '/'));
  const dir = dirname(file);
  const own = kustomizationIn(dir, project);
  const chain: Kustomization[] = [];
  if (own && (own.resources.includes(file) || own.patches.includes(file))) {
    if (own.patches.includes(file)) facts.patchOf = own.file;
    chain.push(own);
  }
  if (own && chain.length) {
    // Overlays that build on this directory: look around it, two levels up.
    const seen = new Set<string>([own.file]);
    for (const up of [dirname(dir), dirname(dirname(dir))]) {
      if (up === dir || !project.listDir(up)) continue;
      for (const d of subdirs(up, project, 3)) {
        const k = kustomizationIn(d, project);
        if (!k || seen.has(k.file)) continue;
        seen.add(k.file);
        if (k.resources.includes(dir)) chain.push(k);
      }
    }
  }
  for (const k of chain) {
    if (k.namespace && !facts.namespace) facts.namespace = { value: k.namespace, file: k.file };
    for (const [name, o] of k.images) if (!facts.images.has(name)) facts.images.set(name, o);
  }
  if (!facts.patchOf && /(?:^|[-_.])patch(?:es)?(?:[-_.]|$)/i.test(basename(file).replace(/\.ya?ml$/i, ''))) facts.patchOf = basename(file);
  return facts;
}
