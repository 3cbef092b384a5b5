import doc from './no-password-in-run.md';
import { parseOptions, shellRuns } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import { optionsNamed, removeCommandEdits, removeOptionEdits } from './lib/run.js';

/** Password "values" that lock or empty an account rather than set a password. */
const LOCKED = new Set(['*', '!', '!!', '']);

const USER_VALUED = ['-p', '--password', '-c', '--comment', '-d', '--home', '--home-dir', '-e', '--expiredate', '-f', '--inactive', '-g', '--gid', '-G', '--groups', '-k', '--skel', '-K', '--key', '-s', '--shell', '-u', '--uid', '-R', '--root', '-P', '--prefix', '-l', '--login', '-Z', '--selinux-user'];

/** `passwd --stdin`, a password piped into `passwd`, `usermod -p`, `useradd -p`. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-password-in-run',
    kind: 'dockerfile',
    title: 'Password set for a user during the build',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      for (const cmd of run.commands) {
        if (cmd.name === 'passwd') {
          const stdin = optionsNamed(cmd.args, ['--stdin'])[0];
          if (stdin || cmd.pipedFrom.length) {
            const edits = removeCommandEdits(model, cmd);
            report({
              range: stdin ? stdin.range : cmd.nameWord.range,
              fixes: edits ? [{ title: 'Remove the passwd command (set up key-based access, or pass the password with RUN --mount=type=secret)', safe: false, edits }] : [],
              message: 'passwd sets a password from the build: it sits in the Dockerfile and the image history, and a container rarely needs a password login',
            });
          }
        } else if (cmd.name === 'usermod' || cmd.name === 'useradd') {
          for (const opt of optionsNamed(cmd.args, ['-p', '--password'], { valued: USER_VALUED })) {
            if (!opt.value || LOCKED.has(opt.value.value)) continue;
            // `usermod` with no option left fails, so then the whole command goes.
            const others = parseOptions(cmd.args, { valued: USER_VALUED }).options.filter((o) => o.name !== '-p' && o.name !== '--password').length;
            const edits = cmd.name === 'usermod' && others === 0 ? removeCommandEdits(model, cmd) : removeOptionEdits(model, opt);
            report({
              range: opt.value.range,
              fixes: edits ? [{ title: cmd.name === 'usermod' && others === 0 ? 'Remove the usermod command (the user keeps no password)' : `Remove ${opt.name} and its hash (${cmd.name} then creates no password)`, safe: false, edits }] : [],
              message: `${cmd.name} ${opt.name} sets a password hash from the Dockerfile: it is in the file and the image history, and can be cracked offline. Create users without a password`,
            });
          }
        }
      }
    }
  },
};

export default rule;
