import doc from './definition-description-format.md';
import type { Instruction } from 'dockerfile-ast';
import { eolOf } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import { propertiesOf } from './lib/instructions.js';

const DIRECTIVE = /^#\s*(?:syntax|escape|check)\s*=/i;

/**
 * The comment a stage or ARG carries as its description, as BuildKit reads
 * it: the comment line right above, in a block of comments that no blank line
 * or empty `#` interrupts. Undefined when there is none.
 */
function descriptionOf(lines: string[], instr: Instruction, firstInstruction: boolean): string | undefined {
  const above = lines[instr.getRange().start.line - 1];
  if (above === undefined || !/^\s*#/.test(above)) return undefined;
  const text = above.trim().slice(1).trim();
  if (text === '' || (firstInstruction && DIRECTIVE.test(above.trim()))) return undefined;
  return text;
}

/** A comment right above `FROM … AS name` or `ARG NAME` that does not start with the name (BuildKit, experimental). */
const rule: DockerfileRule = {
  meta: {
    id: 'definition-description-format',
    kind: 'dockerfile',
    title: 'Comment above a stage or ARG does not start with its name',
    defaultSeverity: 'off',
    fix: 'safe',
    equivalents: ['buildkit:InvalidDefinitionDescription'],
    doc,
  },
  check({ model, report }) {
    model.instructions.forEach((instr, index) => {
      const kw = instr.getKeyword();
      if (kw !== 'FROM' && kw !== 'ARG') return;
      const names = kw === 'FROM'
        ? [model.stages.find((s) => s.from === instr)?.from.getBuildStage()].filter((n): n is string => Boolean(n))
        : propertiesOf(instr).map((p) => p.getName());
      if (names.length === 0) return;
      const description = descriptionOf(model.lines, instr, index === 0);
      if (description === undefined || names.includes(description.split(' ')[0])) return;
      const example = names.length > 1 ? '<arg_key>' : names[0];
      const at = { line: instr.getRange().start.line, character: 0 };
      report({
        range: instr.getInstructionRange(),
        fixes: [{ title: `Separate the comment from ${kw} with an empty line (it is then no description)`, safe: true, edits: [{ range: { start: at, end: at }, newText: eolOf(model) }] }],
        message: `Comment for ${kw} should follow the format: \`# ${example} <description>\`; if it is not a description, separate it with an empty line`,
      });
    });
  },
};

export default rule;
