import doc from './label-key-format.md';
import type { DockerfileRule } from '../kinds.js';
import { propertiesOf } from './lib/instructions.js';
import { withTriggers } from './lib/onbuild.js';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why a label key breaks Docker's guidelines, or undefined when it follows them. */
function problem(key: string): string | undefined {
  if (key.includes('$')) return undefined;
  const reserved = RESERVED.find((ns) => key.startsWith(ns));
  if (reserved) return `the ${reserved}* namespace is reserved for Docker`;
  if (!/^[a-z0-9.-]+$/.test(key)) return 'keys use only lower-case letters, digits, periods and hyphens';
  if (!/^[a-z].*[a-z]$|^[a-z]$/.test(key)) return 'keys begin and end with a lower-case letter';
  if (/[.-]{2}/.test(key)) return 'keys have no consecutive periods or hyphens';
  return undefined;
}

/**
 * The key in Docker's format: lower case, other characters as hyphens, no
 * doubled separators, letters at both ends. Undefined for a reserved
 * namespace (only its owner can say where the label belongs) or when nothing
 * is left.
 */
function normalised(key: string): string | undefined {
  if (RESERVED.some((ns) => key.startsWith(ns))) return undefined;
  let fixed = key.toLowerCase().replace(/[^a-z0-9.-]/g, '-').replace(/([.-])[.-]+/g, '$1').replace(/^[^a-z]+/, '');
  let end = fixed.length;
  while (end > 0 && !/[a-z]/.test(fixed[end - 1])) end--;
  fixed = fixed.slice(0, end);
  return fixed && !problem(fixed) ? fixed : undefined;
}

/** A LABEL key outside Docker's key format (reserved namespace, capitals, separators). */
const rule: DockerfileRule = {
  meta: {
    id: 'label-key-format',
    kind: 'dockerfile',
    title: 'LABEL key does not follow Docker\'s key format',
    defaultSeverity: 'hint',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3048'],
    doc,
  },
  check({ model, report }) {
    const labels = withTriggers(model, 'LABEL');
    for (const instr of labels) {
      for (const prop of propertiesOf(instr)) {
        const key = prop.getName().replace(/^(["'])(.*)\1$/, '$2');
        const why = problem(key);
        if (!why) continue;
        const fixed = normalised(key);
        const written = prop.getName();
        const quote = written !== key ? written[0] : '';
        report({
          range: prop.getNameRange(),
          fixes: fixed ? [{ title: `Rename the label to ${fixed} (whatever reads '${key}' must follow)`, safe: false, edits: [{ range: prop.getNameRange(), newText: `${quote}${fixed}${quote}` }] }] : [],
          message: `Invalid label key '${key}': ${why}`,
        });
      }
    }
  },
};

export default rule;
