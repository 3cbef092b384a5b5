import doc from './label-schema-semver.md';
import type { DockerfileRule } from '../kinds.js';
import { checkLabelFormat } from './lib/label-schema.js';

/** A label the label schema types `semver` whose value is not a semantic version (quiet without a schema). */
const rule: DockerfileRule = {
  meta: {
    id: 'label-schema-semver',
    kind: 'dockerfile',
    title: 'Label value is not the semantic version the label schema asks for',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL3056'],
    doc,
  },
  check({ model, settings, report }) {
    checkLabelFormat('semver', model, settings, report);
  },
};

export default rule;
