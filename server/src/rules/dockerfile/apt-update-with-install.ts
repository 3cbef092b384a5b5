import doc from './apt-update-with-install.md';
import { shellRuns, type ShellCommand } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import { aptCommand, commandHead, isAfter } from './lib/package-hygiene.js';

const APT = ['apt-get', 'apt', 'aptitude'];
/** Subcommands that read the package lists to fetch packages. */
const FETCHES = new Set(['install', 'reinstall', 'upgrade', 'dist-upgrade', 'full-upgrade', 'safe-upgrade', 'build-dep', 'source', 'download', 'satisfy']);
/** Commands that certainly install nothing; anything else (a script, a helper) might run apt itself. */
const INERT = new Set(['rm', 'echo', 'printf', 'true', 'false', ':', 'set', 'mkdir', 'ln', 'chmod', 'chown', 'touch', 'ls', 'cat', 'sleep', 'exit', 'export', 'unset', 'cd', 'apt-mark', 'test', '[']);

/** Whether a command after the update makes use of the lists, or might. */
function usesLists(cmd: ShellCommand): boolean {
  if (cmd.name === 'apt-cache') return true;
  const pc = aptCommand(cmd, APT);
  if (pc) return FETCHES.has(pc.sub.value);
  return !APT.includes(cmd.name) && !INERT.has(cmd.name);
}

/** `apt-get update` in a RUN that installs nothing after it, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'apt-update-with-install',
    kind: 'dockerfile',
    title: 'apt-get update without an install in the same RUN',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      const last = run.commands.filter((c) => aptCommand(c, APT)?.sub.value === 'update').at(-1);
      if (!last) continue;
      if (run.commands.some((c) => isAfter(c.range.start, last.range.start) && c.within !== last && usesLists(c))) continue;
      report({
        range: commandHead(aptCommand(last, APT)!),
        message: `${last.name} update runs in a RUN that installs nothing after it: the build cache keeps this layer, so a later install uses whatever lists were fetched the first time and fails once the mirror has moved on; run ${last.name} update && ${last.name === 'aptitude' ? 'aptitude' : 'apt-get'} install … in one RUN`,
      });
    }
  },
};

export default rule;
