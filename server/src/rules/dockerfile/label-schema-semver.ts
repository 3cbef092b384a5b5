import doc from './label-schema-semver.md';
import type { DockerfileRule } from '../kinds.js';
import { checkLabelFormat, isSemver, valueStart } from './lib/label-schema.js';

/** A label the label schema types `semver` whose value is not a semantic version (quiet without a schema). */
const rule: DockerfileRule = {
  meta: {
    id: 'label-schema-semver',
    kind: 'dockerfile',
    title: 'Label value is not the semantic version the label schema asks for',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['hadolint:DL3056'],
    doc,
  },
  check({ model, settings, report }) {
    checkLabelFormat('semver', model, settings, report, (pair) => {
      // `v1.2.3` is the version 1.2.3 written the way git tags are.
      const at = /^[vV]/.test(pair.value) && isSemver(pair.value.slice(1)) ? valueStart(pair, model, pair.value[0]) : undefined;
      return at ? [{ title: `Drop the '${pair.value[0]}' prefix (${pair.value.slice(1)})`, safe: true, edits: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, newText: '' }] }] : [];
    });
  },
};

export default rule;
