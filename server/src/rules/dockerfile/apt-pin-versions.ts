import doc from './apt-pin-versions.md';
import { allCommands } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import { aptCommand, aptSimulates, packageOperands } from './lib/package-hygiene.js';

/** Packages `apt-get install` takes without a version, in any stage (opt-in). */
const rule: DockerfileRule = {
  meta: {
    id: 'apt-pin-versions',
    kind: 'dockerfile',
    title: 'apt-get install without package versions',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: ['hadolint:DL3008'],
    doc,
  },
  check({ model, report }) {
    for (const cmd of allCommands(model)) {
      const pc = aptCommand(cmd);
      if (!pc || pc.sub.value !== 'install' || aptSimulates(pc)) continue;
      for (const word of packageOperands(pc, '.deb')) {
        if (word.value.includes('=')) continue;
        report({
          range: word.range,
          message: `apt-get installs ${word.value} without a version, so each build takes whatever the mirror has that day; pin it as ${word.value}=<version>`,
        });
      }
    }
  },
};

export default rule;
