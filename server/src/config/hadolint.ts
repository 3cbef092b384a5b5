/**
 * `.hadolint.yaml` / `.hadolint.yml` interop: `ignored`, `override` and
 * `trustedRegistries` are applied to the rules that list those hadolint ids as
 * equivalents; `label-schema` and `strict-labels` feed the label-schema rules,
 * `disable-ignore-pragma` turns `# hadolint ignore=` comments off. Keys
 * Shipshape has no use for are left alone (hadolint's own).
 */
import { isScalar, parseDocument } from 'yaml';
import { rules } from '../rules/index.js';
import { LABEL_FORMATS, type LabelFormat, type Settings, type SeveritySetting } from '../rules/types.js';
import { ConfigReporter, describe, enumValue, keyOf, mapping, stringList, type ConfigError } from './validate.js';
import { positionFinder, withLoneCrAsLf } from '../parse/lines.js';
import { withoutStackTraces } from '../parse/yaml.js';

/** hadolint's severities, mapped onto Shipshape's. */
const OVERRIDE_LEVELS: Record<string, SeveritySetting> = { error: 'error', warning: 'warning', info: 'info', style: 'hint' };

/** The hadolint ids a rule lists as equivalents (`hadolint:DL3008` → `DL3008`). */
function hadolintIds(equivalents: readonly string[]): string[] {
  return equivalents.filter((e) => e.startsWith('hadolint:')).map((e) => e.slice('hadolint:'.length));
}

/** Settings from a hadolint configuration, and the problems found in it. */
export interface HadolintConfig {
  settings: Settings;
  errors: ConfigError[];
}

/**
 * Reads a hadolint configuration. A rule is turned off when every hadolint
 * id it lists is `ignored`; an `override` level sets the severity of the rules
 * that list the id (`style` becomes `hint`).
 */
export function readHadolintConfig(path: string, written: string): HadolintConfig {
  // Positions as the editor counts lines (a lone \r ends one too).
  const text = withLoneCrAsLf(written);
  const r = new ConfigReporter(path, positionFinder(text));
  const doc = withoutStackTraces(() => parseDocument(text, { prettyErrors: false }));
  if (doc.errors.length) {
    const e = doc.errors[0];
    const at = r.positionAt(e.pos[0]);
    return { settings: {}, errors: [{ path, range: { start: at, end: at }, message: `YAML syntax error: ${e.message.split('\n')[0]}` }] };
  }
  const ignored = new Set<string>();
  const levels = new Map<string, SeveritySetting>();
  const settings: Settings = {};
  for (const pair of doc.contents === null ? [] : mapping(r, doc.contents, 'the hadolint configuration') ?? []) {
    const key = keyOf(pair);
    if (key === 'ignored') {
      (stringList(r, pair.value, "'ignored'") ?? []).forEach((id) => ignored.add(id));
    } else if (key === 'trustedRegistries') {
      const list = stringList(r, pair.value, "'trustedRegistries'");
      if (list) settings.trustedRegistries = list;
    } else if (key === 'label-schema') {
      const schema: [string, LabelFormat][] = [];
      for (const p of mapping(r, pair.value, "'label-schema'") ?? []) {
        const label = keyOf(p);
        if (label === undefined) {
          r.error(p.key, "'label-schema' keys must be label names");
          continue;
        }
        const format = enumValue(r, p.value, LABEL_FORMATS, `the format of label '${label}'`);
        if (format) schema.push([label, format]);
      }
      // fromEntries keeps any label name as an own key (`__proto__` included).
      settings.labelSchema = Object.fromEntries(schema);
    } else if (key === 'strict-labels' || key === 'disable-ignore-pragma') {
      const v = isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof v !== 'boolean') {
        r.error(pair.value, `'${key}' must be true or false, not ${describe(pair.value)}`);
      } else if (key === 'strict-labels') {
        settings.strictLabels = v;
      } else {
        settings.disableHadolintPragmas = v;
      }
    } else if (key === 'override') {
      for (const p of mapping(r, pair.value, "'override'") ?? []) {
        const level = keyOf(p);
        if (!level || !Object.hasOwn(OVERRIDE_LEVELS, level)) {
          r.error(p.key, `unknown level '${level ?? ''}' in 'override' (expected error, warning, info, style)`);
          continue;
        }
        for (const id of stringList(r, p.value, `'override.${level}'`) ?? []) levels.set(id, OVERRIDE_LEVELS[level]);
      }
    }
  }
  const ruleLevels: Record<string, SeveritySetting> = {};
  for (const rule of rules) {
    const ids = hadolintIds(rule.meta.equivalents);
    if (ids.length === 0) continue;
    const level = ids.map((id) => levels.get(id)).find((l) => l !== undefined);
    if (level) ruleLevels[rule.meta.id] = level;
    if (ids.every((id) => ignored.has(id))) ruleLevels[rule.meta.id] = 'off';
  }
  if (Object.keys(ruleLevels).length) settings.rules = ruleLevels;
  return { settings, errors: r.errors };
}
