/**
 * Validation of a Shipshape configuration (`.shipshape.yaml`, or the
 * `shipshape` key of `package.json`) against its YAML/JSON node tree, so every
 * error points at the offending key or value.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { getRule, rules } from '../rules/index.js';
import type { Range, Settings, SeveritySetting } from '../rules/types.js';
import { positionFinder, withLoneCrAsLf } from '../parse/lines.js';
import { deepFlowAt, MAX_FLOW_RUN, withoutStackTraces } from '../parse/yaml.js';

/** A problem in a configuration file, at the offending key or value. */
export interface ConfigError {
  /** Absolute path of the configuration file. */
  path: string;
  range: Range;
  message: string;
}

/** A configuration file's content, mapped onto the engine's settings. */
export interface ShipshapeConfig {
  settings: Settings;
  /** Path globs (relative to the configuration file's folder) of files not to analyse. */
  ignore: string[];
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
export const KUBERNETES_LEVELS = ['baseline', 'restricted'] as const;
/** Runtime families the harden plan knows. */
export const HARDEN_RUNTIMES = ['distroless', 'chainguard', 'alpine', 'slim', 'scratch'] as const;
/** The top-level keys of a configuration. */
export const CONFIG_KEYS = ['$schema', 'rules', 'ignore', 'kubernetes', 'harden', 'trustedRegistries', 'ruleOptions', 'disallowInlineSuppression'] as const;

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** The closest of `candidates` to `word`, when it is close enough to be a typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const prefixed = word.length >= 3 ? candidates.find((c) => c.toLowerCase().startsWith(word.toLowerCase())) : undefined;
  if (prefixed) return prefixed;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const didYouMean = (word: string, candidates: readonly string[]) => {
  const s = suggest(word, candidates);
  return s ? ` (did you mean '${s}'?)` : '';
};

/** ` (did you mean 'no-root-user'?)` for a mistyped rule id, or an empty string. */
export const suggestRuleId = (id: string) => didYouMean(id, rules.map((x) => x.meta.id));

/** Syntax errors reported per configuration file, at most. */
const MAX_SYNTAX_ERRORS = 100;

/** Tracks positions of one parsed configuration text and collects its errors. */
export class ConfigReporter {
  readonly errors: ConfigError[] = [];
  /** `positionAt` maps an offset of the text to its position ({@link positionFinder}). */
  constructor(readonly path: string, readonly positionAt: (offset: number) => Range['start']) {}

  rangeOf(node: Node | null | undefined | unknown): Range {
    const r = (node as Node | undefined)?.range;
    if (!r) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: this.positionAt(r[0]), end: this.positionAt(r[1]) };
  }

  error(node: unknown, message: string): void {
    this.errors.push({ path: this.path, range: this.rangeOf(node), message });
  }
}

export const describe = (node: unknown): string => {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'null';
    return typeof v === 'string' ? `'${v}'` : String(v);
  }
  return 'a value';
};

export const keyOf = (pair: Pair): string | undefined => (isScalar(pair.key) ? String(pair.key.value) : undefined);

export function stringList(r: ConfigReporter, node: unknown, what: string): string[] | undefined {
  if (!isSeq(node)) {
    r.error(node, `${what} must be a list of strings, not ${describe(node)}`);
    return undefined;
  }
  const out: string[] = [];
  for (const item of node.items) {
    if (isScalar(item) && typeof item.value === 'string' && item.value !== '') out.push(item.value);
    else r.error(item, `${what} must be a list of strings; ${describe(item)} is not one`);
  }
  return out;
}

function ruleIdKey(r: ConfigReporter, pair: Pair, section: string): string | undefined {
  const id = keyOf(pair);
  if (id === undefined) {
    r.error(pair.key, `${section} keys must be rule ids`);
    return undefined;
  }
  if (!getRule(id)) {
    r.error(pair.key, `unknown rule id '${id}' in ${section}${suggestRuleId(id)}`);
    return undefined;
  }
  return id;
}

export function enumValue<T extends string>(r: ConfigReporter, node: unknown, allowed: readonly T[], what: string): T | undefined {
  const v = isScalar(node) ? node.value : undefined;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  const hint = typeof v === 'string' ? didYouMean(v, allowed) : '';
  r.error(node, `${what} must be one of ${allowed.join(', ')}, not ${describe(node)}${hint}`);
  return undefined;
}

export function mapping(r: ConfigReporter, node: unknown, what: string): Pair[] | undefined {
  if (isMap(node)) return node.items as Pair[];
  if (isScalar(node) && node.value === null) return [];
  r.error(node, `${what} must be a mapping, not ${describe(node)}`);
  return undefined;
}

function subKeys(r: ConfigReporter, node: unknown, what: string, allowed: readonly string[], each: (key: string, value: unknown) => void): void {
  for (const pair of mapping(r, node, what) ?? []) {
    const key = keyOf(pair);
    if (key === undefined || !allowed.includes(key)) {
      r.error(pair.key, `unknown key '${key ?? describe(pair.key)}' in ${what} (expected ${allowed.join(', ')})${key ? didYouMean(key, allowed) : ''}`);
      continue;
    }
    each(key, pair.value);
  }
}

/** Validates a configuration node (the document's root, or package.json's `shipshape` value). */
export function validateConfigNode(root: unknown, r: ConfigReporter): ShipshapeConfig {
  const config: ShipshapeConfig = { settings: {}, ignore: [] };
  const s = config.settings;
  const top = mapping(r, root, 'the configuration');
  for (const pair of top ?? []) {
    const key = keyOf(pair);
    const value = pair.value;
    switch (key) {
      case '$schema':
        break;
      case 'rules': {
        const map: Record<string, SeveritySetting> = {};
        for (const p of mapping(r, value, "'rules'") ?? []) {
          const id = ruleIdKey(r, p, "'rules'");
          const sev = enumValue(r, p.value, SEVERITY_SETTINGS, `the severity of '${keyOf(p) ?? ''}'`);
          if (id && sev) map[id] = sev;
        }
        s.rules = map;
        break;
      }
      case 'ignore': {
        const globs = stringList(r, value, "'ignore'");
        if (globs) config.ignore = globs;
        break;
      }
      case 'kubernetes':
        subKeys(r, value, "'kubernetes'", ['level'], (_k, v) => {
          const level = enumValue(r, v, KUBERNETES_LEVELS, "'kubernetes.level'");
          if (level) s.kubernetesLevel = level;
        });
        break;
      case 'harden':
        subKeys(r, value, "'harden'", ['runtime'], (_k, v) => {
          const runtime = enumValue(r, v, HARDEN_RUNTIMES, "'harden.runtime'");
          if (runtime) s.hardenRuntime = runtime;
        });
        break;
      case 'trustedRegistries': {
        const list = stringList(r, value, "'trustedRegistries'");
        if (list) s.trustedRegistries = list;
        break;
      }
      case 'ruleOptions': {
        const options: Record<string, Record<string, unknown>> = {};
        for (const p of mapping(r, value, "'ruleOptions'") ?? []) {
          const id = ruleIdKey(r, p, "'ruleOptions'");
          if (!isMap(p.value)) {
            r.error(p.value ?? p.key, `the options of '${keyOf(p) ?? ''}' must be a mapping, not ${describe(p.value)}`);
            continue;
          }
          if (id) options[id] = p.value.toJSON() as Record<string, unknown>;
        }
        s.ruleOptions = options;
        break;
      }
      case 'disallowInlineSuppression': {
        if (!isSeq(value)) {
          stringList(r, value, "'disallowInlineSuppression'");
          break;
        }
        const ids: string[] = [];
        for (const item of value.items) {
          const id = isScalar(item) && typeof item.value === 'string' ? item.value : undefined;
          if (id === undefined) r.error(item, `'disallowInlineSuppression' must list rule ids; ${describe(item)} is not one`);
          else if (!getRule(id)) r.error(item, `unknown rule id '${id}' in 'disallowInlineSuppression'${suggestRuleId(id)}`);
          else ids.push(id);
        }
        s.disallowInlineSuppression = ids;
        break;
      }
      default:
        r.error(pair.key, `unknown key '${key ?? describe(pair.key)}' (expected one of ${CONFIG_KEYS.filter((k) => k !== '$schema').join(', ')})${key ? didYouMean(key, CONFIG_KEYS) : ''}`);
    }
  }
  return config;
}

/** The result of validating a configuration text. */
export interface ValidatedConfig extends ShipshapeConfig {
  errors: ConfigError[];
  /** False for a `package.json` without a `shipshape` key: it configures nothing. */
  present: boolean;
}

/**
 * Validates a configuration file's text. `path` decides the format: a
 * `package.json` is read for its `shipshape` key, anything else as
 * `.shipshape.yaml`. Never throws. This is what the editor shows as
 * diagnostics in the configuration file itself.
 */
export function validateConfigText(path: string, written: string): ValidatedConfig {
  // Positions as the editor counts lines (a lone \r ends one too).
  const text = withLoneCrAsLf(written);
  const r = new ConfigReporter(path, positionFinder(text));
  const deep = deepFlowAt(text);
  if (deep >= 0) {
    const at = r.positionAt(deep);
    r.errors.push({ path, range: { start: at, end: at }, message: `YAML syntax error: more than ${MAX_FLOW_RUN} flow collections opened in a row` });
    return { settings: {}, ignore: [], errors: r.errors, present: true };
  }
  const doc = withoutStackTraces(() => parseDocument(text, { prettyErrors: false, uniqueKeys: true }));
  const isPackageJson = /(^|[\\/])package\.json$/.test(path);
  if (doc.errors.length) {
    // The first errors say what is wrong; thousands of them (a line of 100,000 '{') say nothing more.
    for (const e of doc.errors.slice(0, MAX_SYNTAX_ERRORS)) {
      const pos = r.positionAt;
      r.errors.push({ path, range: { start: pos(e.pos[0]), end: pos(e.pos[1]) }, message: `${isPackageJson ? 'JSON' : 'YAML'} syntax error: ${e.message.split('\n')[0]}` });
    }
    return { settings: {}, ignore: [], errors: r.errors, present: true };
  }
  let root: unknown = doc.contents;
  if (isPackageJson) {
    const pair = isMap(root) ? (root.items as Pair[]).find((p) => keyOf(p) === 'shipshape') : undefined;
    if (!pair) return { settings: {}, ignore: [], errors: [], present: false };
    root = pair.value;
  } else if (root === null) {
    return { settings: {}, ignore: [], errors: [], present: true };
  }
  const config = validateConfigNode(root, r);
  return { ...config, errors: r.errors, present: true };
}

