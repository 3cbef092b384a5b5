/**
 * Package installs and removals in RUN commands (apt, apk, yum/dnf/microdnf/
 * tdnf, zypper): which packages a command installs or removes, with their
 * words, so rules can report them.
 */
import { parseOptions, type ShellCommand, type ShellWord } from '../../../parse/shell.js';

export type PackageManager = 'apt' | 'apk' | 'rpm' | 'zypper';

export interface PackageAction {
  manager: PackageManager;
  action: 'install' | 'remove';
  /** Package names without version or architecture (`curl` for `curl=7.88-1`). */
  packages: { name: string; word: ShellWord }[];
  /** `apk add --virtual NAME`/`-t NAME`: the group the packages join. */
  virtual?: string;
  /** `apt-get purge --auto-remove`, `dnf autoremove`: also removes what nothing needs any more. */
  autoRemove: boolean;
}

const MANAGERS: Record<string, { manager: PackageManager; valued: string[]; install: string[]; remove: string[]; autoremove: string[] }> = {
  'apt-get': { manager: 'apt', valued: ['-o', '-c', '-t', '--option', '--config-file', '--target-release'], install: ['install'], remove: ['remove', 'purge'], autoremove: ['autoremove'] },
  apt: { manager: 'apt', valued: ['-o', '-c', '-t', '--option', '--config-file', '--target-release'], install: ['install'], remove: ['remove', 'purge'], autoremove: ['autoremove'] },
  aptitude: { manager: 'apt', valued: ['-o', '-t'], install: ['install'], remove: ['remove', 'purge'], autoremove: [] },
  apk: { manager: 'apk', valued: ['-X', '--repository', '-p', '--root', '-t', '--virtual', '--repositories-file', '--keys-dir', '--arch', '--cache-dir'], install: ['add'], remove: ['del'], autoremove: [] },
  yum: { manager: 'rpm', valued: ['-c', '--config', '--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-x', '--exclude', '--repo', '-d', '-e'], install: ['install', 'groupinstall'], remove: ['remove', 'erase', 'groupremove'], autoremove: ['autoremove'] },
  dnf: { manager: 'rpm', valued: ['-c', '--config', '--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-x', '--exclude', '--repo', '-d', '-e'], install: ['install', 'groupinstall'], remove: ['remove', 'erase', 'groupremove'], autoremove: ['autoremove'] },
  microdnf: { manager: 'rpm', valued: ['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '--config'], install: ['install'], remove: ['remove'], autoremove: [] },
  tdnf: { manager: 'rpm', valued: ['-c', '--config', '--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever'], install: ['install'], remove: ['remove', 'erase'], autoremove: ['autoremove'] },
  zypper: { manager: 'zypper', valued: ['-r', '--repo', '-R', '--root', '-c', '--config', '--from', '-t', '--type'], install: ['install', 'in'], remove: ['remove', 'rm'], autoremove: [] },
};

/** Strips `=version`, `>=version`, `:arch`, `.arch` qualifiers from a package argument. */
export function packageName(arg: string, manager: PackageManager): string {
  let name = arg.split(/[=<>~]/)[0];
  if (manager === 'apt') name = name.split(':')[0];
  return name;
}

/** What a package-manager command installs or removes, if anything. */
export function packageAction(cmd: ShellCommand): PackageAction | undefined {
  const spec = Object.hasOwn(MANAGERS, cmd.name) ? MANAGERS[cmd.name] : undefined;
  if (!spec) return undefined;
  const { options, positionals } = parseOptions(cmd.args, { valued: spec.valued });
  const sub = positionals[0]?.value;
  if (sub === undefined) return undefined;
  const isInstall = spec.install.includes(sub);
  const isRemove = spec.remove.includes(sub) || spec.autoremove.includes(sub);
  if (!isInstall && !isRemove) return undefined;
  const packages = positionals.slice(1)
    .filter((w) => w.literal && !/^(?:\.{0,2}\/|https?:)/.test(w.value) && !/\.(?:deb|rpm|apk)$/.test(w.value))
    .map((word) => ({ name: packageName(word.value, spec.manager), word }));
  const virtual = options.find((o) => o.name === '--virtual' || o.name === '-t' && spec.manager === 'apk')?.value?.value;
  const autoRemove = spec.autoremove.includes(sub) || options.some((o) => o.name === '--auto-remove' || o.name === '--autoremove');
  return { manager: spec.manager, action: isInstall ? 'install' : 'remove', packages, virtual, autoRemove };
}
