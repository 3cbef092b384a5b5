import doc from './pip-no-cache-dir.md';
import type { DockerfileModel } from '../../parse/dockerfile.js';
import type { ShellCommand, ShellRun } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import { propertiesOf, stageVariables } from './lib/instructions.js';
import { insertAfterWord, isAfter, removesLater } from './lib/package-hygiene.js';
import { cacheMountMatching, installHead, pipInstall, shippedRuns, toolArgs } from './lib/package-managers.js';
import { nonShippingImage } from './lib/purpose.js';

/** Whether a `PIP_NO_CACHE_DIR` value turns the cache off: pip disables it for any valid boolean, even `false`. */
function disables(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}

/** `PIP_NO_CACHE_DIR` set for this command: on it (`VAR=1 pip`, `env VAR=1 pip`) or exported earlier in the RUN. */
function setInRun(run: ShellRun, cmd: ShellCommand): boolean {
  return run.assignments.some((a) => a.name === 'PIP_NO_CACHE_DIR' && disables(a.value?.value)
    && (a.command === cmd || a.kind === 'export' && isAfter(cmd.range.start, a.range.start)));
}

/** An `rm` after the command that deletes a pip cache under any home (`~/.cache/pip`, `$HOME/.cache`). */
function removesHomeCache(run: ShellRun, cmd: ShellCommand): boolean {
  return run.commands.some((c) => c.name === 'rm' && isAfter(c.range.start, cmd.range.start)
    && c.args.some((w) => /(?:^|\/)\.cache(?:\/pip)?\/?(?:\*)?$/.test(w.value)));
}

/** ENV and ARG values before a RUN of a fragment with no FROM. */
function fragmentVariables(model: DockerfileModel, run: ShellRun): Map<string, string | undefined> {
  const vars = new Map<string, string | undefined>();
  for (const instr of model.instructions) {
    if (instr === run.instruction) break;
    if (instr.getKeyword() === 'ENV' || instr.getKeyword() === 'ARG') for (const p of propertiesOf(instr)) vars.set(p.getName(), p.getValue() ?? undefined);
  }
  return vars;
}

/** `pip config set global.no-cache-dir …` earlier in the stage. */
function configured(runs: ShellRun[], before: ShellRun): boolean {
  for (const run of runs) {
    if (run === before) return false;
    if (run.commands.some((c) => {
      const args = toolArgs(c, 'pip');
      return args?.[0]?.value === 'config' && args[1]?.value === 'set' && /^(?:global|install)\.no-cache-dir$/.test(args[2]?.value ?? '');
    })) return true;
  }
  return false;
}

/** `pip install` without `--no-cache-dir` in a stage that ships. */
const rule: DockerfileRule = {
  meta: {
    id: 'pip-no-cache-dir',
    kind: 'dockerfile',
    title: 'pip cache left in the image',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['hadolint:DL3042'],
    doc,
  },
  check({ model, path, report }) {
    if (nonShippingImage(model, path)) return;
    const runs = shippedRuns(model);
    for (const run of runs) {
      if (cacheMountMatching(run, /(?:^|\/)\.cache(?:\/pip)?\/?$|pip/)) continue;
      let vars: Map<string, string | undefined> | undefined;
      for (const cmd of run.commands) {
        const call = pipInstall(cmd);
        if (!call || call.options.some((o) => o.name === '--no-cache-dir')) continue;
        if (setInRun(run, cmd) || removesLater(run, cmd.range.start, '/root/.cache/pip') || removesHomeCache(run, cmd)) continue;
        vars ??= run.stage ? new Map([...stageVariables(model, run.stage, run.instruction)].map(([k, v]) => [k, v.value])) : fragmentVariables(model, run);
        if (disables(vars.get('PIP_NO_CACHE_DIR')) || configured(runs, run)) continue;
        report({
          range: installHead(cmd, call.install),
          message: 'pip install keeps a copy of every downloaded package in ~/.cache/pip, in this layer of the shipped image: add --no-cache-dir',
          fixes: [{ title: 'Add --no-cache-dir', safe: true, edits: [insertAfterWord(cmd, call.install, '--no-cache-dir')] }],
        });
      }
    }
  },
};

export default rule;
