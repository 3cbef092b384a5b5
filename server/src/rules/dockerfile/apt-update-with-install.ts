import doc from './apt-update-with-install.md';
import { shellRuns, type ShellCommand, type ShellRun } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { DockerfileModel } from '../../parse/dockerfile.js';
import type { Fix } from '../types.js';
import { removeInstructionEdit } from './lib/instructions.js';
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

/** Whether a RUN is a plain shell-form RUN (no flags, not ONBUILD) whose first command starts its body. */
function plainRun(run: ShellRun): boolean {
  const first = run.instruction.getArguments()[0]?.getRange().start;
  const cmd = run.commands[0]?.range.start;
  return run.form === 'shell' && run.posix && !run.onbuild && !run.flags.length && !!first && !!cmd && first.line === cmd.line && first.character === cmd.character;
}

/**
 * A RUN that is only the update, followed in the same stage by a RUN that
 * starts with an install: the update moves in front of that install.
 */
function joinFix(model: DockerfileModel, runs: readonly ShellRun[], run: ShellRun, update: ShellCommand): Fix | undefined {
  if (!run.stage || run.commands.length !== 1 || !plainRun(run)) return undefined;
  const list = run.stage.instructions;
  const next = list[list.indexOf(run.instruction) + 1];
  const nextRun = next && runs.find((r) => r.instruction === next);
  const install = nextRun && plainRun(nextRun) ? nextRun.commands[0] : undefined;
  const sub = install ? aptCommand(install, APT)?.sub.value : undefined;
  if (!install || !sub || !FETCHES.has(sub)) return undefined;
  const text = update.range.start.line === update.range.end.line ? model.lines[update.range.start.line].slice(update.range.start.character, update.range.end.character) : undefined;
  if (!text || text.trim() !== run.instruction.getArgumentsContent()?.trim()) return undefined;
  return {
    title: `Join ${update.name} update with the ${install.name} ${sub} in the next RUN`,
    safe: false,
    edits: [removeInstructionEdit(model, run.instruction), { range: { start: install.range.start, end: install.range.start }, newText: `${text} && ` }],
  };
}

/** `apt-get update` in a RUN that installs nothing after it, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'apt-update-with-install',
    kind: 'dockerfile',
    title: 'apt-get update without an install in the same RUN',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    const runs = shellRuns(model);
    for (const run of runs) {
      const last = run.commands.filter((c) => aptCommand(c, APT)?.sub.value === 'update').at(-1);
      if (!last) continue;
      if (run.commands.some((c) => isAfter(c.range.start, last.range.start) && c.within !== last && usesLists(c))) continue;
      const fix = joinFix(model, runs, run, last);
      report({
        range: commandHead(aptCommand(last, APT)!),
        fixes: fix ? [fix] : [],
        message: `${last.name} update runs in a RUN that installs nothing after it: the build cache keeps this layer, so a later install uses whatever lists were fetched the first time and fails once the mirror has moved on; run ${last.name} update && ${last.name === 'aptitude' ? 'aptitude' : 'apt-get'} install … in one RUN`,
      });
    }
  },
};

export default rule;
