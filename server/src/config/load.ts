/**
 * Finding and loading the configuration that applies to a file. Shared by the
 * CLI and the language server; all file access goes through a
 * {@link ProjectView}.
 *
 * From the file's folder upward to the project root (or the file-system root
 * when the file lies outside it), the nearest folder with `.shipshape.yaml`,
 * `.shipshape.yml` or a `package.json` with a `shipshape` key wins (in that
 * order within one folder); nothing is merged across folders. The same
 * settings object is returned while the files it comes from are unchanged. The nearest
 * `.hadolint.yaml` / `.hadolint.yml` is found the same way and applied under
 * it (see {@link readHadolintConfig}).
 */
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ProjectView, Settings } from '../rules/types.js';
import { readHadolintConfig, type HadolintConfig } from './hadolint.js';
import { validateConfigText, type ConfigError, type ValidatedConfig } from './validate.js';
import { toPosix } from '../paths.js';

/** Names of Shipshape configuration files, in order of preference within a folder. */
export const CONFIG_FILE_NAMES = ['.shipshape.yaml', '.shipshape.yml'] as const;
/** Names of hadolint configuration files Shipshape reads. */
export const HADOLINT_FILE_NAMES = ['.hadolint.yaml', '.hadolint.yml'] as const;

/** The configuration in effect for one file. */
export interface LoadedConfig {
  /** The engine's settings: the hadolint mapping, then the Shipshape configuration over it. */
  settings: Settings;
  /** Problems in the configuration files used (empty when they are valid). */
  errors: ConfigError[];
  /** The Shipshape configuration file used (`.shipshape.y*ml` or `package.json`), if any. */
  configPath?: string;
  /** The hadolint configuration file used, if any. */
  hadolintPath?: string;
  /** The `ignore` globs of the configuration, relative to its folder. */
  ignore: string[];
  /** Whether the configuration's `ignore` globs exclude this file. */
  isIgnored(filePath: string): boolean;
}

export interface LoadOptions {
  /**
   * Use this Shipshape configuration file for every file instead of
   * discovering one (the CLI's `--config`). The hadolint configuration is
   * still discovered.
   */
  configFile?: string;
  /**
   * Remembers which configuration files each folder resolves to, for one scan
   * of many files (the CLI). Leave it out where files may appear at any time
   * (the editor).
   */
  discovery?: Map<string, Discovered>;
}

/** The configuration files a folder resolves to. */
export interface Discovered {
  config?: string;
  hadolint?: string;
}

/** Parsed configuration texts, keyed by path; reused while the text is unchanged. */
const parsed = new Map<string, { text: string; value: ValidatedConfig | HadolintConfig }>();
const MAX_CACHED = 256;
/** Loaded configurations by the files they combine; reused while both texts are unchanged. */
const combined = new Map<string, { hadolintText?: string; configText?: string; config: LoadedConfig }>();

function cachedParse<T extends ValidatedConfig | HadolintConfig>(path: string, text: string, parse: (p: string, t: string) => T): T {
  const hit = parsed.get(path);
  if (hit && hit.text === text) return hit.value as T;
  const value = parse(path, text);
  if (parsed.size >= MAX_CACHED) parsed.delete(parsed.keys().next().value!);
  parsed.set(path, { text, value });
  return value;
}

/** Whether a path is a Shipshape or hadolint configuration file by name (package.json counts). */
export function isConfigFile(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? '';
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name) || (HADOLINT_FILE_NAMES as readonly string[]).includes(name) || name === 'package.json';
}

/** Folders from `dir` up to `root` (inclusive) when `dir` is inside it, else up to the file-system root. */
function foldersUp(dir: string, root: string | undefined): string[] {
  const out: string[] = [];
  const inside = root !== undefined && (dir === root || !relative(root, dir).startsWith('..'));
  let cur = dir;
  for (;;) {
    out.push(cur);
    if (inside && cur === root) break;
    const parent = dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  return out;
}

/**
 * A `package.json` read for discovery: only one with a top-level `shipshape`
 * key, or one that is not plain JSON (the full read reports what is wrong),
 * gets the full read, which keeps node ranges for every value. A package
 * named `shipshape`, or depending on it, does not (64 ms for a 3,500-line
 * `package.json`, against 1 ms for this look).
 */
function readPackageJson(path: string, text: string): ValidatedConfig {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && !Object.prototype.hasOwnProperty.call(data, 'shipshape')) return { settings: {}, ignore: [], errors: [], present: false };
  } catch {
    // not plain JSON: the full read says where
  }
  return validateConfigText(path, text);
}

function discover(dir: string, project: ProjectView, cache?: Map<string, Discovered>): Discovered {
  const root = project.root !== undefined ? resolve(project.root) : undefined;
  const found: Discovered = {};
  const visited: string[] = [];
  for (const folder of foldersUp(dir, root)) {
    const known = cache?.get(folder);
    if (known) {
      found.config ??= known.config;
      found.hadolint ??= known.hadolint;
      break;
    }
    visited.push(folder);
    if (!found.config) {
      for (const name of CONFIG_FILE_NAMES) {
        const p = join(folder, name);
        if (project.exists(p)) {
          found.config = p;
          break;
        }
      }
      if (!found.config) {
        const pkg = join(folder, 'package.json');
        const text = project.exists(pkg) ? project.readFile(pkg) : undefined;
        if (text !== undefined && text.includes('"shipshape"') && cachedParse(pkg, text, readPackageJson).present) found.config = pkg;
      }
    }
    if (!found.hadolint) {
      for (const name of HADOLINT_FILE_NAMES) {
        const p = join(folder, name);
        if (project.exists(p)) {
          found.hadolint = p;
          break;
        }
      }
    }
    if (found.config && found.hadolint) break;
  }
  // Every visited folder resolves to what was found above it (folders are
  // visited from the file upward, so the nearest file is found first).
  if (cache) for (const folder of visited) cache.set(folder, found);
  return found;
}

/** Settings `over` layered on `base`: rule maps merge per id, other keys are replaced where `over` sets them. */
export function layerSettings(base: Settings, over: Settings): Settings {
  const out: Settings = { ...base };
  for (const [key, value] of Object.entries(over) as [keyof Settings, unknown][]) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  if (base.rules || over.rules) out.rules = { ...base.rules, ...over.rules };
  if (base.ruleOptions || over.ruleOptions) out.ruleOptions = { ...base.ruleOptions, ...over.ruleOptions };
  return out;
}


const matchers = new Map<string, (filePath: string) => boolean>();

/** A matcher for `ignore` globs relative to `base`: a glob matches the file or one of its folders. */
export function ignoreMatcher(base: string, globs: readonly string[]): (filePath: string) => boolean {
  if (globs.length === 0) return () => false;
  const key = JSON.stringify([base, globs]);
  let matcher = matchers.get(key);
  if (!matcher) {
    if (matchers.size >= MAX_CACHED) matchers.delete(matchers.keys().next().value!);
    matcher = buildMatcher(base, globs);
    matchers.set(key, matcher);
  }
  return matcher;
}

function buildMatcher(base: string, globs: readonly string[]): (filePath: string) => boolean {
  const match = picomatch(globs.map((g) => g.replace(/^\.\//, '').replace(/(?<!\/)\/+$/, '')), { dot: true, basename: true });
  return (filePath) => {
    const rel = toPosix(relative(base, resolve(filePath)));
    if (rel === '' || rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return false;
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) if (match(parts.slice(0, i).join('/'))) return true;
    return false;
  };
}

/**
 * The configuration in effect for `filePath`. Pure except through `project`;
 * parsed files are cached by path and text, so calling it for every analysis
 * is cheap. Never throws: problems are returned as `errors`.
 */
export function loadConfig(filePath: string, project: ProjectView, options: LoadOptions = {}): LoadedConfig {
  const dir = dirname(resolve(filePath));
  const found = discover(dir, project, options.discovery);
  const configPath = options.configFile !== undefined ? resolve(options.configFile) : found.config;
  const hadolintText = found.hadolint ? project.readFile(found.hadolint) : undefined;
  const configText = configPath ? project.readFile(configPath) : undefined;
  const key = `${found.hadolint ?? ''}\0${configPath ?? dir}`;
  const hit = combined.get(key);
  if (hit && hit.hadolintText === hadolintText && hit.configText === configText) return hit.config;

  const errors: ConfigError[] = [];
  let settings: Settings = {};
  let ignore: string[] = [];
  if (found.hadolint && hadolintText !== undefined) {
    const h = cachedParse(found.hadolint, hadolintText, readHadolintConfig);
    settings = h.settings;
    for (const e of h.errors) errors.push(e);
  }
  if (configPath) {
    if (configText === undefined) {
      errors.push({ path: configPath, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'cannot read the configuration file' });
    } else {
      const c = cachedParse(configPath, configText, validateConfigText);
      settings = layerSettings(settings, c.settings);
      ignore = c.ignore;
      for (const e of c.errors) errors.push(e);
    }
  }
  const config: LoadedConfig = {
    settings,
    errors,
    configPath,
    hadolintPath: found.hadolint,
    ignore,
    isIgnored: ignoreMatcher(configPath ? dirname(configPath) : dir, ignore),
  };
  if (combined.size >= MAX_CACHED) combined.delete(combined.keys().next().value!);
  combined.set(key, { hadolintText, configText, config });
  return config;
}

/**
 * The problems of a configuration file's text, for diagnostics in the file
 * itself (`.shipshape.y*ml`, `package.json`'s `shipshape` key,
 * `.hadolint.y*ml`); undefined when the path is no configuration file.
 */
export function configFileProblems(path: string, text: string): ConfigError[] | undefined {
  const name = path.split(/[\\/]/).pop() ?? '';
  if ((HADOLINT_FILE_NAMES as readonly string[]).includes(name)) return readHadolintConfig(path, text).errors;
  if ((CONFIG_FILE_NAMES as readonly string[]).includes(name) || name === 'package.json') return validateConfigText(path, text).errors;
  return undefined;
}
