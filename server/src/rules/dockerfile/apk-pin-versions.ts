import doc from './apk-pin-versions.md';
import { allCommands } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import { apkCommand, packageOperands } from './lib/package-hygiene.js';

/** Packages `apk add` takes without a version, in any stage (opt-in). */
const rule: DockerfileRule = {
  meta: {
    id: 'apk-pin-versions',
    kind: 'dockerfile',
    title: 'apk add without package versions',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: ['hadolint:DL3018'],
    doc,
  },
  check({ model, report }) {
    for (const cmd of allCommands(model)) {
      const pc = apkCommand(cmd);
      if (!pc || pc.sub.value !== 'add') continue;
      for (const word of packageOperands(pc, '.apk')) {
        if (/[=~<>]/.test(word.value)) continue;
        report({
          range: word.range,
          message: `apk adds ${word.value} without a version, so each build takes whatever the repository has that day; pin it as ${word.value}=<version> (or ${word.value}~<major.minor>)`,
        });
      }
    }
  },
};

export default rule;
