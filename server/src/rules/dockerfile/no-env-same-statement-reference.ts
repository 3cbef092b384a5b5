import doc from './no-env-same-statement-reference.md';
import type { DockerfileRule } from '../kinds.js';
import { propertiesOf } from './lib/instructions.js';
import { withTriggers } from './lib/onbuild.js';
import { variableRefsIn } from './lib/variables.js';

/** `ENV A=1 B=$A`: B gets A's value from before this ENV, not 1. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-env-same-statement-reference',
    kind: 'dockerfile',
    title: 'ENV refers to a variable it sets itself',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL3044'],
    doc,
  },
  check({ model, report }) {
    const envs = withTriggers(model, 'ENV');
    for (const instr of envs) {
      const props = propertiesOf(instr);
      const earlier = new Set<string>();
      for (const prop of props) {
        const range = prop.getValueRange();
        if (range) {
          for (const ref of variableRefsIn(model, range)) {
            if (!earlier.has(ref.name)) continue;
            report({
              range: ref.range,
              message: `'$${ref.name}' is set earlier in this same ENV, but the reference sees its value from before the instruction; set it in an ENV of its own first`,
            });
          }
        }
        earlier.add(prop.getName());
      }
    }
  },
};

export default rule;
