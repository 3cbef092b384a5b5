import doc from './label-schema-rfc3339.md';
import type { DockerfileRule } from '../kinds.js';
import { checkLabelFormat } from './lib/label-schema.js';

/** A label the label schema types `rfc3339` whose value is not an RFC 3339 time stamp (quiet without a schema). */
const rule: DockerfileRule = {
  meta: {
    id: 'label-schema-rfc3339',
    kind: 'dockerfile',
    title: 'Label value is not the RFC 3339 time stamp the label schema asks for',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL3053'],
    doc,
  },
  check({ model, settings, report }) {
    checkLabelFormat('rfc3339', model, settings, report);
  },
};

export default rule;
