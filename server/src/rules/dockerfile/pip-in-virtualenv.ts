import type { Instruction } from 'dockerfile-ast';
import doc from './pip-in-virtualenv.md';
import { stageChain, type DockerfileModel, type Stage } from '../../parse/dockerfile.js';
import { shellRuns, type ShellCommand, type ShellRun } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import { copyFroms } from './lib/copy-from.js';
import { copyArgs, stageVariables } from './lib/instructions.js';
import { isAfter } from './lib/package-hygiene.js';
import { installHead, pipInstall } from './lib/package-managers.js';
import { shippedStages } from './lib/run.js';

/** Paths that hold (or contain) the system interpreter's site-packages. */
const SYSTEM_SITE = /^\/usr(?:\/local)?\/lib\/python[^/]*(?:\/.*)?$|^\/usr(?:\/local)?(?:\/lib)?$|^\/$/;

/** The options that install somewhere other than the interpreter's site-packages. */
const ELSEWHERE = ['--user', '--prefix', '--target', '-t', '--root'];

/** Packaging tools upgraded before the real install; they alone do not make a dependency set. */
const TOOLING = new Set(['pip', 'setuptools', 'wheel']);

function normalise(path: string): string {
  return path.replace(/\/\*$/, '').replace(/(?<!\/)\/+$/, '') || '/';
}

function nameOf(stage: Stage): string {
  return stage.name ?? String(stage.index);
}

/** The stage a `--from` reference names. */
function stageNamed(model: DockerfileModel, ref: string): Stage | undefined {
  return model.stages.find((s) => s.name === ref) ?? (/^\d+$/.test(ref) ? model.stages[Number(ref)] : undefined);
}

/** Whether a virtual environment is active for a command: pip run from one, `VIRTUAL_ENV`/`PATH` set to one, or `activate` sourced earlier in the RUN. */
function inVirtualenv(model: DockerfileModel, stage: Stage, run: ShellRun, cmd: ShellCommand): boolean {
  const exe = cmd.nameWord.value;
  if (exe.includes('/') && !/^\/(?:usr\/)?(?:local\/)?bin\//.test(exe)) return true;
  if (run.commands.some((c) => (c.name === '.' || c.name === 'source') && /bin\/activate$/.test(c.args[0]?.value ?? '') && isAfter(cmd.range.start, c.range.start))) return true;
  const vars = stageVariables(model, stage, run.instruction);
  if (vars.has('VIRTUAL_ENV') || vars.has('PIP_TARGET') || vars.has('PIP_PREFIX') || vars.get('PIP_USER')?.value) return true;
  // PATH usually extends itself (`/opt/venv/bin:$PATH`), so read it as written.
  const path = vars.get('PATH');
  return /venv|virtualenv|conda/i.test(path?.value ?? path?.property.getValue() ?? '');
}

/** The `pip install` commands of a stage (and the unshipped stages it builds on) that install packages into the system interpreter. */
function systemInstalls(model: DockerfileModel, stage: Stage, shipped: Stage[]): { cmd: ShellCommand; stage: Stage }[] {
  const out: { cmd: ShellCommand; stage: Stage }[] = [];
  for (const s of stageChain(stage).reverse()) {
    if (shipped.includes(s)) continue;
    for (const run of shellRuns(model, s)) {
      for (const cmd of run.commands) {
        const call = pipInstall(cmd);
        if (!call || call.options.some((o) => ELSEWHERE.includes(o.name))) continue;
        const requirements = call.options.some((o) => o.name === '-r' || o.name === '--requirement');
        if (!requirements && call.operands.every((w) => TOOLING.has(w.value.split(/[=<>~![ ]/)[0].toLowerCase()))) continue;
        if (!inVirtualenv(model, s, run, cmd)) out.push({ cmd, stage: s });
      }
    }
  }
  return out;
}

/**
 * A builder stage pip-installs into its system Python and a shipped stage
 * copies the system site-packages (or `/usr/local`) out of it.
 */
const rule: DockerfileRule = {
  meta: {
    id: 'pip-in-virtualenv',
    kind: 'dockerfile',
    title: 'Builder installs Python packages outside a virtual environment',
    defaultSeverity: 'info',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check({ model, path, report }) {
    if (model.stages.length < 2) return;
    const shipped = shippedStages(model);
    const reported = new Map<ShellCommand, Instruction>();
    for (const copy of copyFroms(model)) {
      if (!shipped.includes(copy.stage) || !copy.ref) continue;
      const builder = stageNamed(model, copy.ref);
      if (!builder || shipped.includes(builder)) continue;
      const source = copyArgs(copy.instruction).sources.map((s) => normalise(s.value)).find((s) => SYSTEM_SITE.test(s));
      if (!source) continue;
      for (const { cmd, stage } of systemInstalls(model, builder, shipped)) {
        if (reported.has(cmd)) continue;
        reported.set(cmd, copy.instruction);
        const call = pipInstall(cmd)!;
        const from = stage === builder ? 'it' : `stage ${nameOf(builder)}, which is built on it`;
        report({
          range: installHead(cmd, call.install),
          message: `pip installs into the system Python of stage ${nameOf(stage)}, and the final image copies ${source} out of ${from}: `
            + 'the packages land among the runtime image\'s own, tied to the builder\'s exact interpreter layout. Install into a virtual environment (python -m venv /opt/venv) and copy /opt/venv',
          related: [{ path, range: copy.instruction.getRange(), message: `copies ${source} from stage ${nameOf(builder)}` }],
        });
      }
    }
  },
};

export default rule;
