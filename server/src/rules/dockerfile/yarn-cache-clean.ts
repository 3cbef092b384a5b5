import doc from './yarn-cache-clean.md';
import { parseOptions, type ShellCommand } from '../../parse/shell.js';
import { cacheMountMatching, cleanRule, type ManagerCall } from './lib/package-managers.js';

/** Options of yarn that take a separate value. */
const VALUED = ['--cwd', '--modules-folder', '--cache-folder', '--network-timeout', '--mutex', '--registry', '--global-folder', '--link-folder', '--network-concurrency', '--use-yarnrc', '--preferred-cache-folder'];

/** `yarn`, `yarn install`, `yarn add`, `yarn global add`: what fills the yarn cache. */
function yarnInstall(cmd: ShellCommand): ManagerCall | undefined {
  if (cmd.name !== 'yarn') return undefined;
  const { options, positionals } = parseOptions(cmd.args, { valued: VALUED });
  const [sub, next] = positionals;
  if (!sub && options.some((o) => ['-v', '--version', '-h', '--help'].includes(o.name))) return undefined;
  if (!sub) return { cmd, sub: cmd.nameWord, verb: cmd.nameWord, options, operands: [], targets: [] };
  if (sub.value === 'install' || sub.value === 'add') return { cmd, sub, verb: sub, options, operands: positionals.slice(1), targets: positionals.slice(1) };
  if (sub.value === 'global' && next?.value === 'add') return { cmd, sub, verb: next, prefix: sub, options, operands: positionals.slice(1), targets: positionals.slice(2) };
  return undefined;
}

/** `yarn cache clean`, or `rm` of the yarn cache (`$(yarn cache dir)`, `~/.cache/yarn`, `.yarn/cache`). */
function cleansYarnCache(cmd: ShellCommand): boolean {
  if (cmd.name === 'yarn') {
    const { positionals } = parseOptions(cmd.args, { valued: VALUED });
    return positionals[0]?.value === 'cache' && positionals[1]?.value === 'clean';
  }
  return cmd.name === 'rm' && cmd.args.some((w) => /yarn cache dir|\.cache\/yarn|yarn\/berry\/cache|\.yarn\/cache|yarn-cache/.test(w.value));
}

/** A shipped RUN that runs `yarn install` and leaves the yarn cache in the layer. */
const rule = cleanRule(
  {
    id: 'yarn-cache-clean',
    title: 'yarn cache left in the image',
    defaultSeverity: 'info',
    equivalents: ['hadolint:DL3060'],
    doc,
  },
  {
    install: yarnInstall,
    cleans: cleansYarnCache,
    cacheDirs: ['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/root/.yarn/berry/cache'],
    mounted: (run) => cacheMountMatching(run, /yarn/i),
    command: 'yarn cache clean',
    message: (call) => `${call.verb === call.cmd.nameWord ? 'yarn' : `yarn ${call.prefix ? `${call.prefix.value} ` : ''}${call.verb.value}`} leaves a copy of every downloaded package in the yarn cache, in this layer of the shipped image: run yarn cache clean at the end of the same RUN`,
  },
);

export default rule;
