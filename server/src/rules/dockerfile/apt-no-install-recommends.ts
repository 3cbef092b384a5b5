import doc from './apt-no-install-recommends.md';
import { allCommands } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import { aptCommand, aptSimulates, aptFalse, aptSettings, commandHead, hasOption, insertAfterWord } from './lib/package-hygiene.js';

/** `apt-get install` that also installs recommended packages, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'apt-no-install-recommends',
    kind: 'dockerfile',
    title: 'apt-get install pulls in recommended packages',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3015', 'trivy:DS-0029'],
    doc,
  },
  check({ model, report }) {
    for (const cmd of allCommands(model)) {
      const pc = aptCommand(cmd);
      if (!pc || pc.sub.value !== 'install' || aptSimulates(pc)) continue;
      if (hasOption(pc, ['--no-install-recommends']) || aptFalse(aptSettings(pc).get('apt::install-recommends'))) continue;
      report({
        range: commandHead(pc),
        message: 'apt-get install without --no-install-recommends: apt also installs every package the named ones merely recommend, which the image then ships and patches; add --no-install-recommends and name what is needed',
        fixes: [{ title: 'Add --no-install-recommends', safe: false, edits: [insertAfterWord(pc.cmd, pc.sub, '--no-install-recommends')] }],
      });
    }
  },
};

export default rule;
