/**
 * The RPM and SUSE package managers (yum, dnf, microdnf, zypper) and the
 * language package managers (pip, npm, yarn, gem, go) as RUN commands, and
 * builders for the three shapes their hygiene rules take: an install that
 * would stop at a prompt, a cache left in the shipped image, and packages
 * installed without a version.
 */
import type { DockerfileModel } from '../../../parse/dockerfile.js';
import { parseOptions, shellRuns, type ShellCommand, type ShellRun, type ShellWord } from '../../../parse/shell.js';
import type { DockerfileRule } from '../../kinds.js';
import type { Fix, Range, RuleMeta, TextEdit } from '../../types.js';
import { appendCommandEdit, insertAfterWord, isAfter, mountsOver, removesLater, type PackageCommand } from './package-hygiene.js';
import { nonShippingImage } from './purpose.js';
import { shippedStages, toolOf } from './run.js';

type Meta = Omit<RuleMeta<'dockerfile'>, 'kind' | 'fix'>;

/** Options of yum, dnf and microdnf that take a separate value. */
export const RPM_VALUED = [
  '-c', '--config', '--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-x', '--exclude',
  '--repo', '--repoid', '-d', '--debuglevel', '-e', '--errorlevel', '-R', '--randomwait', '--rpmverbosity',
  '--downloaddir', '--destdir', '--forcearch', '--color', '--disableplugin', '--enableplugin', '--repofrompath',
  '--use-host-config', '--comment',
];

/** Options of zypper (global and of its install/remove commands) that take a separate value. */
export const ZYPPER_VALUED = [
  '-c', '--config', '-R', '--root', '-D', '--reposd-dir', '-C', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir',
  '--pkg-cache-dir', '-r', '--repo', '--from', '-t', '--type', '--download',
];

/** yum's name; dnf's names (dnf 5 installs itself as `dnf5` too). */
export const YUM = ['yum'];
export const DNF = ['dnf', 'dnf5'];
export const MICRODNF = ['microdnf'];

/** A package-manager call: the command split at its subcommand. */
export interface ManagerCall extends PackageCommand {
  /**
   * The word naming what is done: the subcommand, or the word after a
   * `module`/`group` prefix (`install` of `yum module install`).
   */
  verb: ShellWord;
  /** The `module`/`group` prefix, when there is one. */
  prefix?: ShellWord;
  /** Operands after the verb. */
  targets: ShellWord[];
}

/** Splits a command of one of the named tools at its subcommand (undefined when it has none written literally). */
export function managerCall(cmd: ShellCommand, names: readonly string[], valued: readonly string[]): ManagerCall | undefined {
  if (!names.includes(cmd.name)) return undefined;
  const { options, positionals } = parseOptions(cmd.args, { valued });
  const sub = positionals[0];
  if (!sub || !sub.literal) return undefined;
  const operands = positionals.slice(1);
  if (['module', 'group', 'groups'].includes(sub.value) && operands[0]?.literal) {
    return { cmd, sub, options, operands, verb: operands[0], prefix: sub, targets: operands.slice(1) };
  }
  return { cmd, sub, options, operands, verb: sub, targets: operands };
}

/** Whether an argument may expand to options nobody can see (`$FLAGS`, `"${OPTS}"`). */
export function hidesOptions(args: readonly ShellWord[]): boolean {
  return args.some((w) => !w.literal && /^[$`]/.test(w.value));
}

/** Whether a word is a file, a directory or a URL rather than a package name. */
export function isPathOrUrl(value: string): boolean {
  return /^[./~]/.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith('file:');
}

/** The range `name … verb` (`yum install`, `dnf module install`) as a user reads it; the verb alone when that spans lines. */
export function headRange(call: ManagerCall): Range {
  return installHead(call.cmd, call.verb);
}

// ---------------------------------------------------------------------------
// Rule builders

export interface YesCheck {
  /** The call when the command is one that asks for confirmation. */
  call: (cmd: ShellCommand) => ManagerCall | undefined;
  /** Whether the call already answers the prompt. */
  answered: (call: ManagerCall) => boolean;
  message: (call: ManagerCall) => string;
  /** The option the fix adds and the word it follows. */
  fix: (call: ManagerCall) => { option: string; after: ShellWord };
}

/**
 * A rule that flags package-manager calls that would stop at a confirmation
 * prompt (and so fail the build); every stage is checked. The fix adds the
 * option that answers yes (safe: the command installs what it installed).
 */
export function yesRule(meta: Meta, check: YesCheck): DockerfileRule {
  return {
    meta: { kind: 'dockerfile', fix: 'safe', ...meta },
    check({ model, report }) {
      for (const run of shellRuns(model)) {
        for (const cmd of run.commands) {
          const call = check.call(cmd);
          if (!call || check.answered(call) || hidesOptions(cmd.args)) continue;
          const { option, after } = check.fix(call);
          report({
            range: headRange(call),
            message: check.message(call),
            fixes: [{ title: `Add ${option}`, safe: true, edits: [insertAfterWord(cmd, after, option)] }],
          });
        }
      }
    },
  };
}

export interface CleanCheck {
  /** The call when the command downloads packages into the cache. */
  install: (cmd: ShellCommand) => ManagerCall | undefined;
  /** Whether the command empties the cache. */
  cleans: (cmd: ShellCommand) => boolean;
  /** Cache directories: a cache mount over one means nothing stays in the layer; `rm` of one cleans. */
  cacheDirs: readonly string[];
  /** Whether the RUN mounts a cache where the tool keeps its downloads (beyond `cacheDirs`). */
  mounted?: (run: ShellRun) => boolean;
  /** The command the fix appends, e.g. `yum clean all`. */
  command: string;
  message: (call: ManagerCall) => string;
}

/** The first install of a RUN that no cleaning command follows, unless the RUN mounts a cache over the cache directory. */
export function uncleanedInstall(run: ShellRun, check: CleanCheck): ManagerCall | undefined {
  if (check.cacheDirs.some((d) => mountsOver(run, d)) || check.mounted?.(run)) return undefined;
  for (const cmd of run.commands) {
    const call = check.install(cmd);
    if (!call) continue;
    const from = cmd.range.start;
    const cleaned = run.commands.some((c) => c !== cmd && isAfter(c.range.start, from) && check.cleans(c))
      || check.cacheDirs.some((d) => removesLater(run, from, d));
    if (!cleaned) return call;
  }
  return undefined;
}

/**
 * The RUNs whose layers ship: those of the final stage and the stages it is
 * built `FROM`, oldest first. A fragment with no `FROM` at all is read as one
 * stage that ships.
 */
export function shippedRuns(model: DockerfileModel): ShellRun[] {
  if (model.stages.length === 0) return shellRuns(model);
  return shippedStages(model).reverse().flatMap((s) => shellRuns(model, s));
}

/**
 * A rule that flags a RUN of a shipped stage (the final stage and the stages
 * it builds on) that installs packages and leaves the package manager's cache
 * in the layer. Builder stages are not judged: their caches never reach the
 * image. The fix appends the cleaning command to the RUN (safe).
 */
export function cleanRule(meta: Meta, check: CleanCheck): DockerfileRule {
  return {
    meta: { kind: 'dockerfile', fix: 'safe', ...meta },
    check({ model, path, report }) {
      if (nonShippingImage(model, path)) return;
      for (const run of shippedRuns(model)) {
        const call = uncleanedInstall(run, check);
        if (!call) continue;
        const edit = appendCommandEdit(model, run, check.command);
        const fixes: Fix[] = edit ? [{ title: `Add ${check.command} at the end of this RUN`, safe: true, edits: [edit] }] : [];
        report({ range: headRange(call), message: check.message(call), fixes });
      }
    },
  };
}

export interface PinCheck {
  /** The package words of the command that carry no version (variables are unknown and left out). */
  unpinned: (cmd: ShellCommand, model: DockerfileModel) => ShellWord[];
  message: (pkg: ShellWord, cmd: ShellCommand) => string;
}

/** A rule that flags each package installed without a version, in every stage. No fix: the version is a person's choice. */
export function pinRule(meta: Meta, check: PinCheck): DockerfileRule {
  return {
    meta: { kind: 'dockerfile', fix: 'none', ...meta },
    check({ model, report }) {
      for (const run of shellRuns(model)) {
        for (const cmd of run.commands) {
          for (const pkg of check.unpinned(cmd, model)) report({ range: pkg.range, message: check.message(pkg, cmd) });
        }
      }
    },
  };
}

// ---------------------------------------------------------------------------
// RPM and zypper specifics

/** Whether an operand of `yum/dnf install` names a version: `httpd-2.4.6`, `pkg = 1.2`, a `.rpm`, a module stream `nodejs:18`. */
export function rpmPinned(value: string, module: boolean): boolean {
  if (module) return value.includes(':');
  return /.-\d/.test(value) || /[<>=]/.test(value) || value.endsWith('.rpm');
}

/** Operands of an RPM install that name packages whose version is known not to be given. */
export function unpinnedRpmTargets(call: ManagerCall): ShellWord[] {
  const module = call.prefix?.value === 'module';
  return call.targets.filter((w) => w.literal && w.value !== '' && !w.value.startsWith('@') && !w.value.includes('(')
    && !w.value.includes('*') && !isPathOrUrl(w.value) && !rpmPinned(w.value, module));
}

/** Whether yum/dnf is told to answer yes: `-y`, `--assumeyes`, `--setopt=assumeyes=1`. */
export function rpmAnswersYes(call: ManagerCall): boolean {
  return call.options.some((o) => o.name === '-y' || o.name === '--assumeyes'
    || o.name === '--setopt' && /^assumeyes=(?:1|true|yes|on)$/i.test(o.value?.value ?? ''));
}

/** Subcommands of yum/dnf/microdnf that download packages into the cache. */
export const RPM_INSTALL_VERBS = ['install', 'groupinstall', 'localinstall', 'reinstall'];

/** An install-like call of one of the named RPM tools. */
export function rpmInstall(cmd: ShellCommand, names: readonly string[]): ManagerCall | undefined {
  const call = managerCall(cmd, names, RPM_VALUED);
  return call && RPM_INSTALL_VERBS.includes(call.verb.value) ? call : undefined;
}

/** `yum clean all`, `dnf clean all`, `microdnf clean all` (any of them cleans the shared cache). */
export function rpmCleansAll(cmd: ShellCommand): boolean {
  const call = managerCall(cmd, [...YUM, ...DNF, ...MICRODNF], RPM_VALUED);
  return call?.sub.value === 'clean' && call.operands.some((w) => w.value === 'all');
}

/** Where yum, dnf and microdnf keep downloaded metadata and packages. */
export const RPM_CACHE_DIRS = ['/var/cache/yum', '/var/cache/dnf'];

// ---------------------------------------------------------------------------
// Language package managers

/** Options of `pip install` (and pip's global options) that take a separate value. */
export const PIP_VALUED = [
  '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-t', '--target', '--platform', '--python-version',
  '--implementation', '--abi', '--root', '--prefix', '--src', '--upgrade-strategy', '--global-option', '--install-option',
  '-C', '--config-settings', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--trusted-host', '--proxy',
  '--retries', '--timeout', '--cache-dir', '--log', '--exists-action', '--cert', '--client-cert', '--progress-bar',
  '--no-binary', '--only-binary', '--report', '--python', '--keyring-provider', '--root-user-action', '--use-feature',
  '--use-deprecated', '-b', '--build', '--group',
];

/** Whether the RUN mounts a cache whose target matches. */
export function cacheMountMatching(run: ShellRun, target: RegExp): boolean {
  return run.mounts.some((m) => (m.options.type ?? '').toLowerCase() === 'cache'
    && target.test(m.options.target ?? m.options.dst ?? m.options.destination ?? ''));
}

/** A `pip install` (also `pip3`, `pip3.12`, `python -m pip`). */
export interface PipInstall {
  cmd: ShellCommand;
  options: ReturnType<typeof parseOptions>['options'];
  /** The `install` word. */
  install: ShellWord;
  /** Operands after `install`: packages, paths, URLs. */
  operands: ShellWord[];
}

/** The command as `pip install`, if it is one. */
export function pipInstall(cmd: ShellCommand): PipInstall | undefined {
  const { tool, args } = toolOf(cmd);
  if (tool !== 'pip') return undefined;
  const { options, positionals } = parseOptions(args, { valued: PIP_VALUED });
  if (positionals[0]?.value !== 'install') return undefined;
  return { cmd, options, install: positionals[0], operands: positionals.slice(1) };
}

/** The arguments of a command run as the tool (`pip` for `pip3` and `python -m pip`), or undefined. */
export function toolArgs(cmd: ShellCommand, tool: string): ShellWord[] | undefined {
  const t = toolOf(cmd);
  return t.tool === tool ? t.args : undefined;
}

/** The range from the command name (after wrappers such as `sudo`) to `install`, or `install` alone when that spans lines. */
export function installHead(cmd: ShellCommand, install: ShellWord): Range {
  const r = { start: cmd.nameWord.range.start, end: install.range.end };
  return r.start.line === r.end.line ? r : install.range;
}

/** Options of npm that take a separate value. */
export const NPM_VALUED = [
  '--prefix', '-C', '--registry', '--cache', '--userconfig', '--globalconfig', '--loglevel', '--omit', '--include',
  '--workspace', '-w', '--tag', '--save-prefix', '--fetch-retries', '--fetch-timeout', '--install-strategy',
  '--before', '--os', '--cpu', '--libc', '--script-shell', '--location', '--only',
];

/** The command as `npm install` / `npm i` / `npm add`, split at the subcommand. */
export function npmInstall(cmd: ShellCommand): { install: ShellWord; operands: ShellWord[] } | undefined {
  if (cmd.name !== 'npm') return undefined;
  const { positionals } = parseOptions(cmd.args, { valued: NPM_VALUED });
  const sub = positionals[0];
  if (!sub || !['install', 'i', 'add'].includes(sub.value)) return undefined;
  return { install: sub, operands: positionals.slice(1) };
}
