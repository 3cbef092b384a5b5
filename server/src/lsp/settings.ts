/**
 * Settings per document: `shipshape.*` pulled from the client with
 * `workspace/configuration` (scoped to the document), mapped onto the engine's
 * {@link Settings}, cached per URI until the configuration changes. Project
 * configuration files (`.shipshape.yaml`, `.hadolint.yaml`) are merged under
 * them with {@link mergeSettings}.
 */
import type { Settings, SeveritySetting } from '../engine/index.js';

/** What the language server needs to know about a document's settings. */
export interface DocumentSettings {
  /** False when `shipshape.enable` is off for the document. */
  enable: boolean;
  /** The engine's settings. */
  settings: Settings;
  /**
   * `shipshape.registry.enable`: resolve base images against their registries.
   * VS Code reads it only from user or machine settings (application scope),
   * so a repository cannot switch it on.
   */
  registry: boolean;
}

const SEVERITIES = new Set<string>(['off', 'hint', 'info', 'warning', 'error']);
const LEVELS = new Set<string>(['baseline', 'restricted']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;

/**
 * Maps the `shipshape` configuration section (as VS Code returns it, nested by
 * dots) onto document settings. Unknown or ill-typed values are ignored.
 */
export function toDocumentSettings(section: unknown): DocumentSettings {
  const raw = isObject(section) ? section : {};
  const settings: Settings = {};
  if (isObject(raw.rules)) {
    const rules: Record<string, SeveritySetting> = {};
    for (const [id, value] of Object.entries(raw.rules)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as SeveritySetting;
    }
    if (Object.keys(rules).length) settings.rules = rules;
  }
  const level = isObject(raw.kubernetes) ? raw.kubernetes.level : undefined;
  if (typeof level === 'string' && LEVELS.has(level)) settings.kubernetesLevel = level as Settings['kubernetesLevel'];
  const registries = strings(raw.trustedRegistries);
  if (registries) settings.trustedRegistries = registries;
  const runtime = isObject(raw.harden) ? raw.harden.runtime : undefined;
  if (typeof runtime === 'string') settings.hardenRuntime = runtime;
  const disallowed = strings(raw.disallowInlineSuppression);
  if (disallowed) settings.disallowInlineSuppression = disallowed;
  const registry = isObject(raw.registry) && raw.registry.enable === true;
  return { enable: raw.enable !== false, settings, registry };
}

/** The manifest's defaults: an editor value equal to one of these does not hide a project file's value. */
const EDITOR_DEFAULTS: Partial<Record<keyof Settings, unknown>> = { kubernetesLevel: 'restricted', hardenRuntime: 'distroless' };

const isUnsetInEditor = (key: keyof Settings, value: unknown) =>
  value === undefined || (Array.isArray(value) && value.length === 0) || EDITOR_DEFAULTS[key] === value;

/**
 * Editor settings over project-file settings: the editor wins where it says
 * something other than its default; rule maps merge per id.
 */
export function mergeSettings(base: Settings | undefined, over: Settings): Settings {
  if (!base) return over;
  const merged: Settings = { ...base };
  for (const key of Object.keys(over) as (keyof Settings)[]) {
    if (base[key] !== undefined && isUnsetInEditor(key, over[key])) continue;
    (merged as Record<string, unknown>)[key] = over[key];
  }
  if (base.rules || over.rules) merged.rules = { ...base.rules, ...over.rules };
  if (base.ruleOptions || over.ruleOptions) merged.ruleOptions = { ...base.ruleOptions, ...over.ruleOptions };
  return merged;
}

/** Per-URI cache of document settings. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();

  /**
   * @param fetch returns the `shipshape` section for a document URI (the
   *   client's answer to `workspace/configuration`, or pushed settings).
   */
  constructor(private readonly fetch: (uri: string) => Promise<unknown>) {}

  get(uri: string): Promise<DocumentSettings> {
    let entry = this.cache.get(uri);
    if (!entry) {
      entry = this.load(uri);
      this.cache.set(uri, entry);
    }
    return entry;
  }

  /** Forgets every document's settings (the configuration changed). */
  clear(): void {
    this.cache.clear();
  }

  /** Forgets one document's settings (it was closed). */
  drop(uri: string): void {
    this.cache.delete(uri);
  }

  private async load(uri: string): Promise<DocumentSettings> {
    let section: unknown;
    try {
      section = await this.fetch(uri);
    } catch {
      section = undefined;
    }
    return toDocumentSettings(section);
  }
}
