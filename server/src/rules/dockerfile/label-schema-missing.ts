import doc from './label-schema-missing.md';
import type { DockerfileRule } from '../kinds.js';
import { stageChain } from '../../parse/dockerfile.js';
import { labelPairs } from './lib/label-schema.js';

/** A stage without a label the label schema requires, own or from the earlier stage it builds on (quiet without a schema). */
const rule: DockerfileRule = {
  meta: {
    id: 'label-schema-missing',
    kind: 'dockerfile',
    title: 'Stage lacks a label the label schema requires',
    defaultSeverity: 'info',
    fix: 'none',
    equivalents: ['hadolint:DL3049'],
    doc,
  },
  check({ model, settings, report }) {
    const required = Object.keys(settings.labelSchema ?? {});
    if (required.length === 0) return;
    const keysOf = new Map(model.stages.map((s) => [s, new Set<string>()]));
    const pairs = labelPairs(model);
    for (const stage of model.stages) {
      for (const pair of pairs) if (stage.instructions.includes(pair.instruction)) keysOf.get(stage)!.add(pair.key);
    }
    for (const stage of model.stages) {
      const chain = stageChain(stage);
      for (const label of required) {
        if (chain.some((s) => keysOf.get(s)?.has(label))) continue;
        const name = stage.name ? `Stage '${stage.name}'` : model.stages.length > 1 ? `Stage ${stage.index}` : 'The image';
        report({ range: stage.from.getRange(), message: `${name} has no label '${label}', which the label schema requires` });
      }
    }
  },
};

export default rule;
