import doc from './label-schema-superfluous.md';
import type { DockerfileRule } from '../kinds.js';
import { labelPairs, type LabelPair } from './lib/label-schema.js';

/** With `strict-labels`, a LABEL instruction setting labels the label schema does not list. */
const rule: DockerfileRule = {
  meta: {
    id: 'label-schema-superfluous',
    kind: 'dockerfile',
    title: 'Label is not in the label schema',
    defaultSeverity: 'info',
    fix: 'none',
    equivalents: ['hadolint:DL3050'],
    doc,
  },
  check({ model, settings, report }) {
    if (settings.strictLabels !== true) return;
    const schema = settings.labelSchema ?? {};
    const extra = new Map<LabelPair['instruction'], LabelPair[]>();
    for (const pair of labelPairs(model)) {
      if (Object.hasOwn(schema, pair.key)) continue;
      extra.set(pair.instruction, [...(extra.get(pair.instruction) ?? []), pair]);
    }
    for (const pairs of extra.values()) {
      const keys = pairs.map((p) => `'${p.key}'`).join(', ');
      report({
        range: { start: pairs[0].property.getRange().start, end: pairs.at(-1)!.property.getRange().end },
        message: `${pairs.length === 1 ? `Label ${keys} is` : `Labels ${keys} are`} not in the label schema, and strict-labels allows no others`,
      });
    }
  },
};

export default rule;
