import doc from './label-schema-git-hash.md';
import type { DockerfileRule } from '../kinds.js';
import { checkLabelFormat } from './lib/label-schema.js';

/** A label the label schema types `hash` whose value is not a git commit hash (quiet without a schema). */
const rule: DockerfileRule = {
  meta: {
    id: 'label-schema-git-hash',
    kind: 'dockerfile',
    title: 'Label value is not the git commit hash the label schema asks for',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL3055'],
    doc,
  },
  check({ model, settings, report }) {
    checkLabelFormat('hash', model, settings, report);
  },
};

export default rule;
