import doc from './prefer-exec-form.md';
import type { Instruction } from 'dockerfile-ast';
import type { Fix } from '../types.js';
import type { DockerfileRule } from '../kinds.js';
import { isExecForm } from '../../parse/dockerfile.js';
import { chainOf } from './lib/instructions.js';
import { isWindowsStage } from '../../model/user.js';
import { triggersOf } from './lib/onbuild.js';
import { stagesWithPreamble } from './lib/preamble.js';

/** A word that means the same in a shell and in exec form: no quoting, expansion, globbing or operators. */
const PLAIN = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** CMD or ENTRYPOINT in shell form: the app runs under `/bin/sh -c` and does not receive signals. */
const rule: DockerfileRule = {
  meta: {
    id: 'prefer-exec-form',
    kind: 'dockerfile',
    title: 'CMD or ENTRYPOINT in shell form',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['hadolint:DL3025', 'buildkit:JSONArgsRecommended'],
    doc,
  },
  check({ model, report }) {
    /** `others`: the instructions that decide whether CMD and ENTRYPOINT combine; undefined when not known here. */
    const judge = (instr: Instruction, others: Instruction[] | undefined) => {
      const kw = instr.getKeyword();
      if (kw !== 'CMD' && kw !== 'ENTRYPOINT') return;
      const content = (instr.getArgumentsContent() ?? '').trim();
      if (!content || isExecForm(instr)) return;
      const range = instr.getArgumentsRange();
      if (!range) return;
      const fixes: Fix[] = [];
      const words = content.split(/\s+/);
      if (range.start.line === range.end.line && words.every((w) => PLAIN.test(w)) && !words[0].includes('=')) {
        // With both CMD and ENTRYPOINT in play, the conversion changes how they combine.
        const other = kw === 'CMD' ? 'ENTRYPOINT' : 'CMD';
        const alone = others !== undefined && !others.some((i) => i.getKeyword() === other);
        fixes.push({
          title: 'Convert to exec form',
          safe: alone,
          edits: [{ range, newText: JSON.stringify(words).replace(/","/g, '", "') }],
        });
      }
      report({
        range,
        message: `${kw} in shell form runs under /bin/sh -c: the application is not PID 1 and does not receive SIGTERM on stop; use the JSON (exec) form`,
        fixes,
      });
    };
    const triggers = triggersOf(model, 'CMD', 'ENTRYPOINT');
    for (const stage of stagesWithPreamble(model)) {
      if (isWindowsStage(model, stage)) continue;
      const chain = chainOf(stage);
      // A SHELL instruction makes the shell form a deliberate choice (BuildKit skips the check then too).
      if (chain.some((i) => i.getKeyword() === 'SHELL')) continue;
      for (const instr of stage.instructions) judge(instr, chain);
      // An ONBUILD CMD lands in a downstream image, which inherits this stage's SHELL but whose other instructions are unknown.
      for (const t of triggers) if (stage.instructions.includes(t.onbuild)) judge(t.trigger, undefined);
    }
  },
};

export default rule;
