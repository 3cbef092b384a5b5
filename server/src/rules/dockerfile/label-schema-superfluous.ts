import doc from './label-schema-superfluous.md';
import type { Instruction, Property } from 'dockerfile-ast';
import type { DockerfileModel } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix, TextEdit } from '../types.js';
import { propertiesOf, removeInstructionEdit } from './lib/instructions.js';
import { labelPairs, type LabelPair } from './lib/label-schema.js';
import { textBetween } from './lib/run.js';

/** Whether text between two labels is only blanks and line continuations (no comment, no other word). */
function onlyBlanks(text: string, escape: string): boolean {
  const lines = text.split('\n');
  return lines.every((line, i) => {
    const t = line.trimEnd();
    if (i === lines.length - 1) return t.trim() === '';
    return t.endsWith(escape) && t.slice(0, -escape.length).trim() === '';
  });
}

/**
 * Edits removing `drop` from a LABEL: each run of dropped labels goes from
 * the end of the kept label before it (so the continuation that followed
 * that label stays), or from its own start up to the next kept label when it
 * opens the instruction. The whole instruction when every label goes.
 * Undefined when a comment or anything but blanks and continuations sits in
 * what would be removed.
 */
function removeLabelsEdits(model: DockerfileModel, instr: Instruction, drop: Set<Property>): TextEdit[] | undefined {
  const props = propertiesOf(instr);
  if (props.every((p) => drop.has(p))) return [removeInstructionEdit(model, instr)];
  const edits: TextEdit[] = [];
  for (let i = 0; i < props.length; i++) {
    if (!drop.has(props[i])) continue;
    let j = i;
    while (j + 1 < props.length && drop.has(props[j + 1])) j++;
    for (let k = i; k < j; k++) {
      if (!onlyBlanks(textBetween(model, props[k].getRange().end, props[k + 1].getRange().start), model.escapeChar)) return undefined;
    }
    if (i > 0) {
      const from = props[i - 1].getRange().end;
      if (!onlyBlanks(textBetween(model, from, props[i].getRange().start), model.escapeChar)) return undefined;
      edits.push({ range: { start: from, end: props[j].getRange().end }, newText: '' });
    } else {
      const to = props[j + 1].getRange().start;
      if (!onlyBlanks(textBetween(model, props[j].getRange().end, to), model.escapeChar)) return undefined;
      edits.push({ range: { start: props[i].getRange().start, end: to }, newText: '' });
    }
    i = j;
  }
  return edits;
}

function removeFix(model: DockerfileModel, pairs: LabelPair[]): Fix[] {
  const instr = pairs[0].instruction;
  const edits = removeLabelsEdits(model, instr, new Set(pairs.map((p) => p.property)));
  if (!edits) return [];
  const keys = pairs.map((p) => `'${p.key}'`).join(', ');
  const all = pairs.length === propertiesOf(instr).length;
  const what = all ? `the LABEL instruction (${keys})` : `the label${pairs.length > 1 ? 's' : ''} ${keys}`;
  return [{ title: `Remove ${what}, or add ${pairs.length > 1 ? 'them' : 'it'} to the label schema instead`, safe: false, edits }];
}

/** With `strict-labels`, a LABEL instruction setting labels the label schema does not list. */
const rule: DockerfileRule = {
  meta: {
    id: 'label-schema-superfluous',
    kind: 'dockerfile',
    title: 'Label is not in the label schema',
    defaultSeverity: 'info',
    fix: 'unsafe',
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
        fixes: removeFix(model, pairs),
        message: `${pairs.length === 1 ? `Label ${keys} is` : `Labels ${keys} are`} not in the label schema, and strict-labels allows no others`,
      });
    }
  },
};

export default rule;
