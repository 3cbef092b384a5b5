import doc from './no-cd-in-run.md';
import { allCommands } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';

/** `cd` as a command of a RUN (not inside `$(…)` or an `sh -c` script), in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-cd-in-run',
    kind: 'dockerfile',
    title: 'cd used in RUN instead of WORKDIR',
    defaultSeverity: 'info',
    fix: 'none',
    equivalents: ['hadolint:DL3003', 'trivy:DS-0013'],
    doc,
  },
  check({ model, report }) {
    for (const cmd of allCommands(model)) {
      if (cmd.name !== 'cd' || cmd.inSubstitution || cmd.origin === 'nested') continue;
      const dir = cmd.args[0]?.value;
      report({
        range: cmd.range,
        message: dir
          ? `cd ${dir} changes directory only for the rest of this RUN, which is easy to lose track of; use WORKDIR ${dir} for the steps that work there`
          : 'cd changes directory only for the rest of this RUN, which is easy to lose track of; use WORKDIR for the steps that work elsewhere',
      });
    }
  },
};

export default rule;
