import doc from './label-schema-empty.md';
import type { DockerfileRule } from '../kinds.js';
import { labelPairs } from './lib/label-schema.js';

/** A label of the label schema set to an empty value (quiet without a schema). */
const rule: DockerfileRule = {
  meta: {
    id: 'label-schema-empty',
    kind: 'dockerfile',
    title: 'Label of the label schema is empty',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL3051'],
    doc,
  },
  check({ model, settings, report }) {
    const schema = settings.labelSchema;
    if (!schema) return;
    for (const pair of labelPairs(model)) {
      if (pair.value !== '' || !Object.hasOwn(schema, pair.key)) continue;
      report({ range: pair.property.getRange(), message: `Label '${pair.key}' is empty; the label schema expects a value (${schema[pair.key]})` });
    }
  },
};

export default rule;
