import doc from './no-env-same-statement-reference.md';
import type { Instruction, Property } from 'dockerfile-ast';
import type { DockerfileRule } from '../kinds.js';
import { eolOf, type DockerfileModel } from '../../parse/dockerfile.js';
import type { Fix } from '../types.js';
import { propertiesOf } from './lib/instructions.js';
import { withTriggers } from './lib/onbuild.js';
import { variableRefsIn } from './lib/variables.js';

/**
 * Splits the ENV before the property that holds the reference, so the
 * reference sees the value set just before: `ENV A=1 B=$A` → `ENV A=1` and
 * `ENV B=$A` on the next line. Only for a top-level ENV whose two properties
 * are on one line.
 */
function splitFix(model: DockerfileModel, instr: Instruction, props: Property[], i: number, ref: string): Fix | undefined {
  if (instr.getKeyword() !== 'ENV' || i === 0 || !model.instructions.includes(instr)) return undefined;
  const prev = props[i - 1].getRange().end;
  const start = props[i].getRange().start;
  if (prev.line !== start.line) return undefined;
  const indent = /^[ \t]*/.exec(model.lines[instr.getRange().start.line] ?? '')![0];
  return {
    title: `Set ${props[i].getName()} in an ENV of its own, after this one (then $${ref} is the value set here)`,
    safe: false,
    edits: [{ range: { start: prev, end: start }, newText: `${eolOf(model)}${indent}${instr.getInstruction()} ` }],
  };
}

/** `ENV A=1 B=$A`: B gets A's value from before this ENV, not 1. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-env-same-statement-reference',
    kind: 'dockerfile',
    title: 'ENV refers to a variable it sets itself',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3044'],
    doc,
  },
  check({ model, report }) {
    const envs = withTriggers(model, 'ENV');
    for (const instr of envs) {
      const props = propertiesOf(instr);
      const earlier = new Set<string>();
      props.forEach((prop, i) => {
        const range = prop.getValueRange();
        if (range) {
          for (const ref of variableRefsIn(model, range)) {
            if (!earlier.has(ref.name)) continue;
            const fix = splitFix(model, instr, props, i, ref.name);
            report({
              range: ref.range,
              fixes: fix ? [fix] : [],
              message: `'$${ref.name}' is set earlier in this same ENV, but the reference sees its value from before the instruction; set it in an ENV of its own first`,
            });
          }
        }
        earlier.add(prop.getName());
      });
    }
  },
};

export default rule;
