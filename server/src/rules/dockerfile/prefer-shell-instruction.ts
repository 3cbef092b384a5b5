import doc from './prefer-shell-instruction.md';
import { shellRuns, type ShellCommand } from '../../parse/shell.js';
import type { DockerfileModel } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix, Position } from '../types.js';
import { insertAfterEdit } from './lib/instructions.js';
import { removeCommandEdits } from './lib/run.js';

/**
 * `ln -sf /bin/bash /bin/sh` → `SHELL ["/bin/bash", "-c"]` after the RUN (in
 * its place when the RUN did nothing else), for a literal absolute target.
 */
function shellFix(model: DockerfileModel, cmd: ShellCommand): Fix | undefined {
  const operands = cmd.args.filter((a) => !a.value.startsWith('-'));
  const target = operands.length === 2 && operands[1].value === '/bin/sh' && operands[0].literal ? operands[0].value : undefined;
  if (!target || !/^\/[\w./+-]+$/.test(target) || cmd.run.onbuild) return undefined;
  const removal = removeCommandEdits(model, cmd);
  if (!removal) return undefined;
  const instr = cmd.run.instruction;
  const shell = `SHELL ["${target}", "-c"]`;
  const r = instr.getRange();
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const whole = removal.length === 1 && le(removal[0].range.start, r.start) && le(r.end, removal[0].range.end);
  const edits = whole ? [{ range: instr.getRange(), newText: shell }] : [...removal, insertAfterEdit(model, instr, [shell])];
  return { title: `Use ${shell} instead of relinking /bin/sh (programs that run sh get the image's own shell back)`, safe: false, edits };
}

/** `RUN ln -sf /bin/bash /bin/sh`: replacing the shell behind Docker's back. */
const rule: DockerfileRule = {
  meta: {
    id: 'prefer-shell-instruction',
    kind: 'dockerfile',
    title: 'RUN relinks /bin/sh instead of using SHELL',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['hadolint:DL4005'],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      for (const cmd of run.commands) {
        if (cmd.name !== 'ln' || !cmd.args.some((a) => a.value === '/bin/sh')) continue;
        const fix = shellFix(model, cmd);
        report({
          range: cmd.range,
          fixes: fix ? [fix] : [],
          message: 'Linking /bin/sh to another shell changes the shell for every program in the image; use SHELL ["/bin/bash", "-c"] to change the shell of RUN',
        });
      }
    }
  },
};

export default rule;
