/**
 * The Compose model: the services of a Compose file with their settings,
 * resolved through YAML merge keys (`<<: *defaults`) and, for settings a
 * service inherits, `extends`. Built on the YAML model, so every value keeps
 * its node (and range) for findings and fixes.
 */
import { visit, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ProjectView } from '../text.js';
import { derived, parseYaml, type YamlModel } from './yaml.js';
import { dirOf, joinPath } from '../paths.js';
import { isAlias, isMap, isPair, isScalar, isSeq, keyText } from './yaml-access.js';
import { composeText as scalarText } from './compose-env.js';

/** A setting of a service and where it is written. */
export interface Setting {
  /** The value node (null for `key:` with no value). */
  value: Node | null;
  pair: Pair;
  /** The key node (its range is where a finding about the key points). */
  key: Scalar;
  /** True when the setting comes from a `<<:` merge rather than the service's own mapping. */
  merged: boolean;
  /** The mapping that holds the pair (the service's own, or a merged anchor). */
  map: YAMLMap;
}

export interface ComposeService {
  name: string;
  /** The service's key under `services:`. */
  key: Scalar;
  pair: Pair;
  /** The service's mapping; undefined for `name:` with no body. */
  map?: YAMLMap;
  /** Mappings merged into the service with `<<:`, highest priority first. */
  merges: YAMLMap[];
  file: ComposeFile;
  /** Every setting of the service by key, built on first use (see {@link setting}). */
  settings?: Map<string, Setting>;
  /** What {@link perService} computed for the service, by the function that computed it. */
  derived?: Map<(svc: ComposeService) => unknown, unknown>;
  /** The `extends` chain, when it stays in this file (see {@link extendsChain}). */
  chain?: ComposeService[];
}

export interface ComposeFile {
  model: YamlModel;
  doc: Document.Parsed;
  root: YAMLMap;
  /** Absolute path of the file. */
  path: string;
  services: ComposeService[];
  /** The top-level `services:` mapping. */
  servicesMap?: YAMLMap;
}

/** Caps that keep hostile or cyclic input bounded. */
const MAX_MERGE_DEPTH = 8;
const MAX_EXTENDS_DEPTH = 5;

/** Anchored nodes of a document by anchor name, in document order (an anchor may be redefined). */
const anchorIndex = new WeakMap<Document.Parsed, Map<string, Node[]>>();

function anchorsOf(doc: Document.Parsed): Map<string, Node[]> {
  let index = anchorIndex.get(doc);
  if (!index) {
    const found = new Map<string, Node[]>();
    try {
      visit(doc, (_key, node) => {
        const anchor = (node as { anchor?: string } | null)?.anchor;
        if (anchor && !isAlias(node)) {
          const list = found.get(anchor) ?? [];
          list.push(node as Node);
          found.set(anchor, list);
        }
      });
    } catch {
      // A document the visitor cannot walk has no usable anchors.
    }
    anchorIndex.set(doc, (index = found));
  }
  return index;
}

/**
 * Follows aliases to the node they name: the last node anchored with that
 * name before the alias (one pass over the document builds the index, so
 * resolving stays linear however many aliases a file has).
 */
function resolveNode(doc: Document.Parsed, node: unknown): unknown {
  let cur = node;
  for (let i = 0; i < MAX_MERGE_DEPTH && isAlias(cur); i++) {
    const at = cur.range?.[0] ?? Infinity;
    const candidates = anchorsOf(doc).get(cur.source) ?? [];
    let target: Node | undefined;
    for (const c of candidates) if ((c.range?.[0] ?? Infinity) < at) target = c;
    if (!target) return undefined;
    cur = target;
  }
  return isAlias(cur) ? undefined : cur;
}

/** Maps merged into `map` with `<<:` (recursively), highest priority first. */
function mergesOf(doc: Document.Parsed, map: YAMLMap, depth = 0, seen = new Set<YAMLMap>()): YAMLMap[] {
  if (depth >= MAX_MERGE_DEPTH) return [];
  const out: YAMLMap[] = [];
  for (const pair of map.items) {
    if (keyText(pair) !== '<<') continue;
    const targets = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const t of targets) {
      const resolved = resolveNode(doc, t);
      if (!isMap(resolved) || seen.has(resolved) || resolved === map) continue;
      seen.add(resolved);
      out.push(resolved, ...mergesOf(doc, resolved, depth + 1, seen));
    }
  }
  return out;
}

function ownPair(map: YAMLMap, key: string): Pair | undefined {
  for (const pair of map.items) if (isPair(pair) && keyText(pair) === key) return pair as Pair;
  return undefined;
}

/** Whether a YAML document looks like a Compose file: a top-level `services:` mapping. */
export function composeFileOf(model: YamlModel, doc: Document.Parsed, path: string): ComposeFile | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const file: ComposeFile = { model, doc, root, path, services: [] };
  const sp = ownPair(root, 'services');
  if (!sp) return file;
  const services = resolveNode(doc, sp.value);
  if (!isMap(services)) return file;
  file.servicesMap = services;
  for (const pair of services.items) {
    const name = keyText(pair);
    if (name === undefined || !isScalar(pair.key) || name === '<<') continue;
    const body = resolveNode(doc, pair.value);
    const map = isMap(body) ? body : undefined;
    file.services.push({ name, key: pair.key, pair: pair as Pair, map, merges: map ? mergesOf(doc, map) : [], file });
  }
  return file;
}

/** The Compose files read from a model, by the path they were read under. */
const byPath = (): Map<string, ComposeFile[]> => new Map();

/** The Compose documents of a YAML model (usually one), memoised per model. */
export function composeFiles(model: YamlModel, path: string): ComposeFile[] {
  const read = derived(model, byPath);
  let files = read.get(path);
  if (!files) {
    files = model.docs.map((d) => composeFileOf(model, d, path)).filter((f): f is ComposeFile => !!f && !!f.servicesMap);
    read.set(path, files);
  }
  return files;
}

/**
 * A setting of a service: its own key first, then the mappings merged with
 * `<<:` (as YAML merge keys resolve). `extends` is not followed here.
 * Every rule asks for a few settings of every service: the service's keys
 * are read once, into a map kept on the service.
 */
export function setting(svc: ComposeService, key: string): Setting | undefined {
  if (!svc.map) return undefined;
  return (svc.settings ??= settingsOf(svc)).get(key);
}

/** The settings of a service by key: for each key, its own pair (the first) else the first merged mapping's. */
function settingsOf(svc: ComposeService): Map<string, Setting> {
  const out = new Map<string, Setting>();
  const add = (map: YAMLMap, merged: boolean) => {
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const key = keyText(pair as Pair);
      if (key === undefined || out.has(key) || !isScalar(pair.key)) continue;
      out.set(key, { value: (resolveNode(svc.file.doc, pair.value) ?? null) as Node | null, pair: pair as Pair, key: pair.key, merged, map });
    }
  };
  add(svc.map!, false);
  for (const m of svc.merges) add(m, true);
  return out;
}

/**
 * `compute(svc)`, computed once per service and kept on it: what several
 * rules read of every service (its ports, volumes, environment). `compute` is
 * a module-level function (it is the key) and may depend on the service's
 * document only; interpolated values are final by then, as a Compose file's
 * services are read after its interpolation is prepared.
 */
export function perService<T>(svc: ComposeService, compute: (svc: ComposeService) => T): T {
  return derived(svc, compute);
}

/** Resolves an alias node (`*name`) to the node it names, in a document. */
export function resolveAlias(doc: Document.Parsed, node: unknown): unknown {
  return resolveNode(doc, node);
}

/** Resolves an alias node inside the service's document. */
export function resolved(svc: ComposeService, node: unknown): unknown {
  return resolveNode(svc.file.doc, node);
}

/** The items of a sequence setting (aliases resolved), or an empty list. */
export function seqItems(svc: ComposeService, node: unknown): Node[] {
  const seq = resolveNode(svc.file.doc, node);
  if (!isSeq(seq)) return [];
  return (seq as YAMLSeq).items.map((i) => resolveNode(svc.file.doc, i)).filter((i): i is Node => !!i);
}

/** Where a service's `extends` points: a service name and, optionally, another file. */
export function extendsOf(svc: ComposeService): { service: string; file?: string } | undefined {
  const s = setting(svc, 'extends');
  if (!s) return undefined;
  const v = s.value;
  if (isScalar(v)) {
    const name = scalarText(v);
    return name ? { service: name } : undefined;
  }
  if (isMap(v)) {
    const service = scalarText(resolveNode(svc.file.doc, ownPair(v, 'service')?.value));
    const file = scalarText(resolveNode(svc.file.doc, ownPair(v, 'file')?.value));
    return service ? { service, file } : undefined;
  }
  return undefined;
}

/** Other Compose files read for `extends`, by path and content (a few kept, as many services often extend one file). */
const others = new Map<string, { text: string; file: ComposeFile | undefined }>();
const MAX_OTHERS = 16;

function parsedOther(path: string, text: string): ComposeFile | undefined {
  const hit = others.get(path);
  if (hit && hit.text === text) return hit.file;
  const file = composeFiles(parseYaml(text), path)[0];
  if (others.size >= MAX_OTHERS) others.delete(others.keys().next().value as string);
  others.set(path, { text, file });
  return file;
}

/**
 * The chain of services a service inherits from with `extends` (itself first),
 * reading other files through the project. Unreadable links end the chain.
 */
export function extendsChain(svc: ComposeService, project: ProjectView): ComposeService[] {
  if (svc.chain) return svc.chain;
  const chain: ComposeService[] = [svc];
  // A chain that reads no other file depends on this document alone, and is kept on the service.
  let readOther = false;
  let cur = svc;
  for (let i = 0; i < MAX_EXTENDS_DEPTH; i++) {
    const ext = extendsOf(cur);
    if (!ext) break;
    let file = cur.file;
    if (ext.file) {
      if (ext.file.includes('$')) break;
      const path = joinPath(dirOf(cur.file.path), ext.file);
      let text: string | undefined;
      try {
        text = project.readFile(path);
      } catch {
        text = undefined;
      }
      readOther = true;
      if (text === undefined) break;
      const other = parsedOther(path, text);
      if (!other) break;
      file = other;
    }
    const next = file.services.find((s) => s.name === ext.service);
    if (!next || chain.includes(next)) break;
    chain.push(next);
    cur = next;
  }
  if (!readOther) svc.chain = chain;
  return chain;
}

/** Whether a setting is present on the service, through merges or `extends`. */
export function inherits(svc: ComposeService, key: string, project: ProjectView): Setting | undefined {
  for (const s of extendsChain(svc, project)) {
    const found = setting(s, key);
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether a service is complete enough for rules about missing settings: it
 * says how it gets its image (`image`, `build` or `extends`) and the file is
 * not an override file (`docker-compose.override.yml`, `compose.override.yaml`)
 * that only adds to services defined elsewhere.
 */
export function isCompleteService(svc: ComposeService): boolean {
  return perService(svc, completeService);
}

function completeService(svc: ComposeService): boolean {
  const name = svc.file.path.replace(/\\/g, '/').split('/').pop() ?? '';
  if (/override/i.test(name)) return false;
  return !!(setting(svc, 'image') || setting(svc, 'build') || setting(svc, 'extends'));
}

const TEST_WORDS = /^(?:test|tests|testing|ci|e2e|integration|sut|tools?|debug|lint)$/i;
const ONE_SHOT_NAMES = /(?:^|[-_])(?:seed|seeder|migrate|migrations?|init|setup|sut|tests?|e2e|loadgen|load-?generator|fixtures?)(?:[-_]|$)/i;

/**
 * Why a service is no production runtime, or undefined when it may be one: a
 * service of a test Compose file (`docker-compose.test.yml`, `compose.ci.yaml`),
 * one under a test or tooling profile, or a one-shot job (`restart: "no"` under
 * a profile or named as a seed, migration, init or test step). Runtime
 * hardening rules stay quiet on these or say so.
 */
export function nonShipping(svc: ComposeService): string | undefined {
  return perService(svc, whyNotShipping);
}

function whyNotShipping(svc: ComposeService): string | undefined {
  const name = svc.file.path.replace(/\\/g, '/').split('/').pop() ?? '';
  const fileWord = /(?:^|[-_.])(test|tests|ci|e2e)(?:[-_.]|$)/i.exec(name.replace(/\.ya?ml$/i, ''));
  if (fileWord) return `it is defined in the ${fileWord[1].toLowerCase()} Compose file ${name}`;
  const profiles = setting(svc, 'profiles')?.value;
  const list = isSeq(profiles) ? profiles.items.map(scalarText).filter((p): p is string => !!p) : [];
  const testProfile = list.find((p) => TEST_WORDS.test(p));
  if (testProfile) return `it only runs under the '${testProfile}' profile`;
  const restart = scalarText(setting(svc, 'restart')?.value);
  if (restart === 'no' && (list.length > 0 || ONE_SHOT_NAMES.test(svc.name))) {
    return list.length ? `it is a one-shot job (restart: "no", profile '${list[0]}')` : `it is a one-shot job (restart: "no")`;
  }
  return undefined;
}

/** The image of a service as written (undefined when not a plain string). */
export function imageOf(svc: ComposeService): { text: string; node: Scalar } | undefined {
  const s = setting(svc, 'image');
  const text = scalarText(s?.value);
  return text && isScalar(s?.value) ? { text, node: s.value as Scalar } : undefined;
}

/** The build context, Dockerfile and target of a service with `build:`. */
export interface BuildInfo {
  /** The setting node (`build:` key) for findings. */
  setting: Setting;
  /** The context as written (relative to the Compose file), or undefined for remote contexts. */
  context?: string;
  dockerfile?: string;
  dockerfileInline?: string;
  target?: string;
  /** `build.args` with literal values (map or `NAME=value` list form); interpolated values are left out. */
  args: Map<string, string>;
}

export function buildOf(svc: ComposeService): BuildInfo | undefined {
  const s = setting(svc, 'build');
  if (!s) return undefined;
  const v = s.value;
  const args = new Map<string, string>();
  if (isScalar(v)) return { setting: s, context: scalarText(v), args };
  if (!isMap(v)) return { setting: s, context: '.', args };
  const get = (k: string) => scalarText(resolveNode(svc.file.doc, ownPair(v, k)?.value));
  const a = resolveNode(svc.file.doc, ownPair(v, 'args')?.value);
  if (isMap(a)) {
    for (const p of a.items) {
      const name = keyText(p as Pair);
      const value = scalarText(resolveNode(svc.file.doc, p.value));
      if (name && value !== undefined && !value.includes('$')) args.set(name, value);
    }
  } else if (isSeq(a)) {
    for (const item of a.items) {
      const m = /^([^=]+)=(.*)$/.exec(scalarText(resolveNode(svc.file.doc, item)) ?? '');
      if (m && !m[2].includes('$')) args.set(m[1], m[2]);
    }
  }
  return { setting: s, context: get('context') ?? '.', dockerfile: get('dockerfile'), dockerfileInline: get('dockerfile_inline'), target: get('target'), args };
}
