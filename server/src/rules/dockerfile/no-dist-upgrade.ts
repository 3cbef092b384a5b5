import doc from './no-dist-upgrade.md';
import { allCommands } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { aptCommand } from './lib/package-hygiene.js';

const FULL = new Set(['dist-upgrade', 'full-upgrade']);

/** `apt-get dist-upgrade` (or `full-upgrade`) in a RUN command, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-dist-upgrade',
    kind: 'dockerfile',
    title: 'dist-upgrade in RUN',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['trivy:DS-0024'],
    doc,
  },
  check({ model, report }) {
    for (const cmd of allCommands(model)) {
      const pc = aptCommand(cmd, ['apt-get', 'apt', 'aptitude']);
      if (!pc || !FULL.has(pc.sub.value)) continue;
      const fixes: Fix[] = cmd.name === 'aptitude' ? [] : [{ title: 'Use upgrade', safe: false, edits: [{ range: pc.sub.range, newText: 'upgrade' }] }];
      report({
        range: pc.sub.range,
        message: `${cmd.name} ${pc.sub.value} may install and remove packages to follow changed dependencies, so the image's contents depend on the day it was built; rebuild on a patched base image, or use ${cmd.name === 'aptitude' ? 'safe-upgrade' : 'upgrade'} for security updates`,
        fixes,
      });
    }
  },
};

export default rule;
