import doc from './prefer-shell-instruction.md';
import { shellRuns } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';

/** `RUN ln -sf /bin/bash /bin/sh`: replacing the shell behind Docker's back. */
const rule: DockerfileRule = {
  meta: {
    id: 'prefer-shell-instruction',
    kind: 'dockerfile',
    title: 'RUN relinks /bin/sh instead of using SHELL',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL4005'],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      for (const cmd of run.commands) {
        if (cmd.name !== 'ln' || !cmd.args.some((a) => a.value === '/bin/sh')) continue;
        report({
          range: cmd.range,
          message: 'Linking /bin/sh to another shell changes the shell for every program in the image; use SHELL ["/bin/bash", "-c"] to change the shell of RUN',
        });
      }
    }
  },
};

export default rule;
