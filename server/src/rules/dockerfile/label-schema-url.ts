import doc from './label-schema-url.md';
import type { DockerfileRule } from '../kinds.js';
import { checkLabelFormat } from './lib/label-schema.js';

/** A label the label schema types `url` whose value is not a URL (quiet without a schema). */
const rule: DockerfileRule = {
  meta: {
    id: 'label-schema-url',
    kind: 'dockerfile',
    title: 'Label value is not the URL the label schema asks for',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL3052'],
    doc,
  },
  check({ model, settings, report }) {
    checkLabelFormat('url', model, settings, report);
  },
};

export default rule;
