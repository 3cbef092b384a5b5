/**
 * hadolint's label schema (`label-schema:` in `.hadolint.yaml`): the labels a
 * Dockerfile's stages carry and the format of each value. The value checks
 * follow the standards hadolint names: RFC 3986 absolute URIs, RFC 3339 time
 * stamps, SPDX license expressions, git commit hashes, Semantic Versioning
 * 2.0.0 and RFC 5322 addresses.
 */
import type { Instruction, Property } from 'dockerfile-ast';
import parseSpdx from 'spdx-expression-parse';
import type { DockerfileModel } from '../../../parse/dockerfile.js';
import type { Fix, LabelFormat, Range, Report, Settings } from '../../types.js';
import { propertiesOf } from './instructions.js';

/** One `key=value` of a LABEL instruction, with the key unquoted. */
export interface LabelPair {
  instruction: Instruction;
  property: Property;
  key: string;
  /** The value with its quotes removed ('' when empty). */
  value: string;
}

/** The `LABEL` pairs of the file, in order (ONBUILD triggers are not labels of this image). */
export function labelPairs(model: DockerfileModel): LabelPair[] {
  const out: LabelPair[] = [];
  for (const instruction of model.instructions) {
    if (instruction.getKeyword() !== 'LABEL') continue;
    for (const property of propertiesOf(instruction)) {
      out.push({ instruction, property, key: property.getName().replace(/^(["'])(.*)\1$/, '$2'), value: property.getValue() ?? '' });
    }
  }
  return out;
}

/** Where a value finding points: the value, or the key when the value is empty. */
export function valueRange(pair: LabelPair): Range {
  return pair.value === '' ? pair.property.getNameRange() : pair.property.getValueRange() ?? pair.property.getRange();
}

/**
 * Whether a value holds a variable reference (`$VERSION`, `${GIT_SHA}`): its
 * build-time value is unknown, so no format can be judged.
 */
const hasVariable = (value: string) => /\$(?:\{|[A-Za-z_])/.test(value);

/** RFC 3986 `absolute-URI`-like: a scheme, then only URI characters, with well-formed percent escapes. */
export function isUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(value);
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RFC 3339 `date-time`: `2024-05-01T12:00:00Z`, with optional fraction and a `Z` or `±hh:mm` offset. */
export function isRfc3339(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && !leap ? 28 : DAYS[month - 1])) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  return m[7] === undefined || (Number(m[7]) <= 23 && Number(m[8]) <= 59);
}

/** An SPDX license expression (`MIT`, `Apache-2.0 OR MIT`, `GPL-2.0-only WITH Classpath-exception-2.0`). */
export function isSpdx(value: string): boolean {
  try {
    parseSpdx(value);
    return true;
  } catch {
    return false;
  }
}

/** A git commit hash, full (40 hex digits) or abbreviated to git's default 7. */
export function isGitHash(value: string): boolean {
  return /^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{7})$/.test(value);
}

/** Semantic Versioning 2.0.0 (`1.2.3`, `1.0.0-rc.1+build.5`; no `v` prefix). */
export function isSemver(value: string): boolean {
  return /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/.test(value);
}

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DOT_ATOM = `${ATOM}(?:\\.${ATOM})*`;
const EMAIL = new RegExp(`^(?:${DOT_ATOM}|"(?:[^"\\\\\\r\\n]|\\\\.)*")@(?:${DOT_ATOM}|\\[[^\\[\\]\\\\\\s]*\\])$`);

/** An RFC 5322 `addr-spec` (`name@example.com`, `"a b"@example.com`, `x@[192.0.2.1]`). */
export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** How each format is checked and named in messages. */
const FORMATS: Record<Exclude<LabelFormat, 'text'>, { valid(value: string): boolean; what: string }> = {
  url: { valid: isUri, what: 'a valid URL' },
  rfc3339: { valid: isRfc3339, what: 'an RFC 3339 time stamp (2024-05-01T12:00:00Z)' },
  spdx: { valid: isSpdx, what: 'an SPDX license identifier or expression (MIT, Apache-2.0)' },
  hash: { valid: isGitHash, what: 'a git commit hash (40 or 7 hex digits)' },
  semver: { valid: isSemver, what: 'a semantic version (1.2.3)' },
  email: { valid: isEmail, what: 'an RFC 5322 e-mail address (name@example.com, no display name)' },
};

/**
 * The check of one format rule: each label the schema gives that format
 * whose value is written, has no variable, and is not of the format. Empty
 * values are `label-schema-empty`'s.
 */
export function checkLabelFormat(
  format: Exclude<LabelFormat, 'text'>,
  model: DockerfileModel,
  settings: Settings,
  report: (r: Report) => void,
  fixesFor: (pair: LabelPair, model: DockerfileModel) => Fix[] = () => [],
): void {
  const schema = settings.labelSchema;
  if (!schema) return;
  const { valid, what } = FORMATS[format];
  for (const pair of labelPairs(model)) {
    if (schema[pair.key] !== format || pair.value === '' || hasVariable(pair.value) || valid(pair.value)) continue;
    report({ range: valueRange(pair), message: `Label '${pair.key}' is not ${what}: '${pair.value}'`, fixes: fixesFor(pair, model) });
  }
}

/**
 * Where the value's text starts inside its quotes, when the value is written
 * on one line and starts with `prefix` (undefined otherwise).
 */
export function valueStart(pair: LabelPair, model: DockerfileModel, prefix: string): Range['start'] | undefined {
  const r = pair.property.getValueRange();
  if (!r || r.start.line !== r.end.line) return undefined;
  const raw = (model.lines[r.start.line] ?? '').slice(r.start.character, r.end.character);
  const quoted = raw.startsWith('"') || raw.startsWith("'");
  const text = quoted ? raw.slice(1) : raw;
  if (!text.startsWith(prefix)) return undefined;
  return { line: r.start.line, character: r.start.character + (quoted ? 1 : 0) };
}
