import doc from './legacy-key-value-format.md';
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { propertiesOf } from './lib/instructions.js';
import { triggersOf } from './lib/onbuild.js';

/** `ENV key value` / `LABEL key value`: the legacy space-separated form. */
const rule: DockerfileRule = {
  meta: {
    id: 'legacy-key-value-format',
    kind: 'dockerfile',
    title: 'ENV or LABEL in the legacy "key value" form',
    defaultSeverity: 'hint',
    fix: 'safe',
    equivalents: ['buildkit:LegacyKeyValueFormat'],
    doc,
  },
  check({ model, report }) {
    const judged: Instruction[] = [
      ...model.instructions.filter((i) => i.getKeyword() === 'ENV' || i.getKeyword() === 'LABEL'),
      ...triggersOf(model, 'ENV', 'LABEL').map((t) => t.trigger),
    ];
    for (const instr of judged) {
      const props = propertiesOf(instr);
      if (props.length !== 1) continue;
      const prop = props[0];
      if (prop.getAssignmentOperator() !== null || prop.getValue() === null) continue;
      const kw = instr.getKeyword();
      const range = instr.getRange();
      const name = prop.getNameRange();
      const fixes: Fix[] = [];
      if (range.start.line === range.end.line && name.end.line === range.start.line) {
        const raw = (model.lines[range.start.line] ?? '').slice(name.end.character, range.end.character).trim();
        const value = /^[^"'\\`\s]*$/.test(raw) ? raw
          : /^[^"'\\`]*$/.test(raw) ? `"${raw}"`
          : /^"[^"\\]*"$/.test(raw) || /^'[^']*'$/.test(raw) ? raw
          : undefined;
        if (value !== undefined && raw !== '') {
          fixes.push({ title: `Write it as ${prop.getName()}=${value}`, safe: true, edits: [{ range: { start: name.end, end: range.end }, newText: `=${value}` }] });
        }
      }
      report({
        range: instr.getInstructionRange(),
        message: `"${kw} key=value" should be used instead of legacy "${kw} key value" format`,
        fixes,
      });
    }
  },
};

export default rule;
