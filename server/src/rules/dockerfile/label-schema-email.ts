import doc from './label-schema-email.md';
import type { DockerfileRule } from '../kinds.js';
import { checkLabelFormat } from './lib/label-schema.js';

/** A label the label schema types `email` whose value is not an e-mail address (quiet without a schema). */
const rule: DockerfileRule = {
  meta: {
    id: 'label-schema-email',
    kind: 'dockerfile',
    title: 'Label value is not the e-mail address the label schema asks for',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL3058'],
    doc,
  },
  check({ model, settings, report }) {
    checkLabelFormat('email', model, settings, report);
  },
};

export default rule;
