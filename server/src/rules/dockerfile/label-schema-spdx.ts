import doc from './label-schema-spdx.md';
import type { DockerfileRule } from '../kinds.js';
import { checkLabelFormat } from './lib/label-schema.js';

/** A label the label schema types `spdx` whose value is not an SPDX license (quiet without a schema). */
const rule: DockerfileRule = {
  meta: {
    id: 'label-schema-spdx',
    kind: 'dockerfile',
    title: 'Label value is not the SPDX license the label schema asks for',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL3054'],
    doc,
  },
  check({ model, settings, report }) {
    checkLabelFormat('spdx', model, settings, report);
  },
};

export default rule;
