import doc from './go-install-version.md';
import type { ShellWord } from '../../parse/shell.js';
import { pinRule } from './lib/package-managers.js';

/** Build flags of `go install` that take a separate value (`-ldflags "-s -w"`). */
const VALUED = new Set([
  'C', 'p', 'asmflags', 'buildmode', 'compiler', 'gccgoflags', 'gcflags', 'installsuffix', 'ldflags', 'mod', 'modfile',
  'overlay', 'pgo', 'pkgdir', 'tags', 'toolexec', 'exec', 'o', 'covermode', 'coverpkg',
]);

/** Versions that move: a branch or the newest release. */
const MOVING = new Set(['latest', 'master', 'main', 'HEAD', 'head']);

/** The package operands of `go install` (flags and their values left out). */
function packagesOf(args: readonly ShellWord[]): ShellWord[] {
  const out: ShellWord[] = [];
  for (let i = 1; i < args.length; i++) {
    const v = args[i].value;
    if (v.startsWith('-')) {
      const name = v.replace(/^--?/, '');
      if (!name.includes('=') && VALUED.has(name)) i++;
      continue;
    }
    out.push(args[i]);
  }
  return out;
}

/** A remote module path (its first element is a host name such as `golang.org`), not a local or standard package. */
function remote(path: string): boolean {
  return !/^[./]/.test(path) && path.split('/')[0].includes('.');
}

/** `go install host/path` without `@version`, or with `@latest`, in every stage. */
const rule = pinRule(
  {
    id: 'go-install-version',
    title: 'go install without a fixed version',
    defaultSeverity: 'info',
    equivalents: ['hadolint:DL3062'],
    doc,
  },
  {
    unpinned: (cmd) => {
      if (cmd.name !== 'go' || cmd.args[0]?.value !== 'install') return [];
      return packagesOf(cmd.args).filter((w) => {
        if (!w.literal || !remote(w.value)) return false;
        const at = w.value.lastIndexOf('@');
        return at < 0 || MOVING.has(w.value.slice(at + 1));
      });
    },
    message: (pkg) => {
      const at = pkg.value.lastIndexOf('@');
      const path = at < 0 ? pkg.value : pkg.value.slice(0, at);
      return at < 0
        ? `go install ${path} has no @version: pin it (${path}@v<version>) so every build installs the same code`
        : `go install ${pkg.value} installs whatever ${pkg.value.slice(at + 1)} points to on build day: pin it (${path}@v<version>)`;
    },
  },
);

export default rule;
