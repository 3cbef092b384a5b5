import doc from './apt-get-yes.md';
import { allCommands } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import { aptCommand, aptSimulates, aptSettings, commandHead, hasOption, insertAfterWord, type PackageCommand } from './lib/package-hygiene.js';

/** How quiet apt-get is asked to be: `-qq`, `-q -q`, `-q=2` and `--quiet=2` are level 2, which implies `-y`. */
function quietLevel(pc: PackageCommand): number {
  let level = 0;
  for (const o of pc.options) {
    if (o.name === '--quiet' && o.value) level += Number(o.value.value) || 0;
    else if (o.name === '-q' || o.name === '--quiet') level += 1;
  }
  for (const w of pc.cmd.args) {
    const m = /^-q=(\d+)$/.exec(w.value);
    if (m) level += Number(m[1]);
  }
  return level;
}

/** Whether apt-get will answer its own prompts. */
export function assumesYes(pc: PackageCommand): boolean {
  if (hasOption(pc, ['-y', '--yes', '--assume-yes'])) return true;
  if (quietLevel(pc) >= 2) return true;
  const setting = aptSettings(pc).get('apt::get::assume-yes');
  if (setting !== undefined && ['true', '1', 'yes', 'on'].includes(setting)) return true;
  return pc.cmd.pipedFrom.some((c) => c.name === 'yes');
}

/** `apt-get install` without `-y`, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'apt-get-yes',
    kind: 'dockerfile',
    title: 'apt-get install without -y',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['hadolint:DL3014', 'trivy:DS-0021'],
    doc,
  },
  check({ model, report }) {
    for (const cmd of allCommands(model)) {
      const pc = aptCommand(cmd);
      if (!pc || pc.sub.value !== 'install' || aptSimulates(pc) || assumesYes(pc)) continue;
      report({
        range: commandHead(pc),
        message: 'apt-get install without -y: nobody can answer its confirmation prompt during a build, so the step aborts whenever apt wants to install more than the packages named; add -y',
        fixes: [{ title: 'Add -y', safe: true, edits: [insertAfterWord(pc.cmd, pc.sub, '-y')] }],
      });
    }
  },
};

export default rule;
