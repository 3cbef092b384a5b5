import doc from './no-debug-mode.md';
import type { Fix, Range } from '../types.js';
import type { DockerfileRule } from '../kinds.js';
import type { Instruction, Property } from 'dockerfile-ast';
import type { DockerfileModel } from '../../parse/dockerfile.js';
import { DEBUG_VARS } from '../../knowledge/debug-flags.js';
import { isDevelopmentBuild, propertiesOf, stageOfInstruction, stageVariables, textOf, type VarBinding } from './lib/instructions.js';

/** The ARG (in the ENV's stage, or global) whose default `name` takes at `env`. */
function argDefault(model: DockerfileModel, env: Instruction, name: string): Property | undefined {
  const stage = stageOfInstruction(model, env);
  if (!stage) return undefined;
  let found: Property | undefined;
  for (const i of stage.instructions) {
    if (i === env) break;
    if (i.getKeyword() !== 'ARG') continue;
    for (const p of propertiesOf(i)) if (p.getName() === name) found = p;
  }
  if (found && found.getValue() !== null) return found;
  if (!found) return undefined;
  for (const a of model.ast.getInitialARGs()) {
    const p = a.getProperty();
    if (p?.getName() === name && p.getValue() !== null) found = p;
  }
  return found.getValue() !== null ? found : undefined;
}

/** The value range to edit when the value was written literally (in the ENV, or in the ARG default it refers to). */
function literalRange(model: DockerfileModel, b: VarBinding): Range | undefined {
  const raw = b.property.getValue() ?? '';
  const range = b.property.getValueRange();
  if (!range || range.start.line !== range.end.line) return undefined;
  if (!raw.includes('$')) return range;
  const ref = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw);
  const arg = ref ? argDefault(model, b.instruction, ref[1]) : undefined;
  const argRange = arg?.getValueRange();
  return arg && argRange && !(arg.getValue() ?? '').includes('$') && argRange.start.line === argRange.end.line ? argRange : undefined;
}

/** The final stage sets a debug or development mode through ENV (directly, from an ARG default, or inherited from an earlier stage). */
const rule: DockerfileRule = {
  meta: {
    id: 'no-debug-mode',
    kind: 'dockerfile',
    title: 'Image runs in debug or development mode',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, path, report }) {
    const stage = model.finalStage;
    if (!stage || isDevelopmentBuild(path, stage)) return;
    const vars = stageVariables(model, stage);
    for (const [name, b] of vars) {
      const spec = DEBUG_VARS[name.toUpperCase()];
      if (!spec || b.kind !== 'ENV' || b.value === undefined || !spec.debug.test(b.value.trim())) continue;
      const value = b.value.trim();
      const inherited = !stage.instructions.includes(b.instruction);
      const fixes: Fix[] = [];
      const range = literalRange(model, b);
      if (range) {
        const written = textOf(model, range);
        const quote = /^["']/.test(written) ? written[0] : '';
        fixes.push({
          title: `Set ${name}=${spec.production(value)}`,
          safe: false,
          edits: [{ range, newText: `${quote}${spec.production(value)}${quote}` }],
        });
      }
      report({
        range: b.property.getRange(),
        message: `${name}=${value} ${inherited ? 'is inherited by the final stage and ' : ''}puts the application in debug/development mode in the image that ships (verbose errors, debuggers, unoptimised code); set ${name}=${spec.production(value)}`,
        fixes,
      });
    }
  },
};

export default rule;
