import doc from './no-cd-in-run.md';
import { shellRuns } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';

/** `cd` as a command of a RUN (not inside `$(…)` or an `sh -c` script), in any stage; reported once per RUN. */
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
    for (const run of shellRuns(model)) {
      const cds = run.commands.filter((c) => c.name === 'cd' && !c.inSubstitution && c.origin !== 'nested');
      const cmd = cds[0];
      if (!cmd) continue;
      const dir = cmd.args[0]?.value;
      const more = cds.length > 1 ? ` (and ${cds.length - 1} more cd in this RUN)` : '';
      report({
        range: cmd.range,
        message: dir
          ? `cd ${dir}${more} changes directory only for the rest of this RUN, which is easy to lose track of; use WORKDIR ${dir} for the steps that work there`
          : `cd${more} changes directory only for the rest of this RUN, which is easy to lose track of; use WORKDIR for the steps that work elsewhere`,
      });
    }
  },
};

export default rule;
