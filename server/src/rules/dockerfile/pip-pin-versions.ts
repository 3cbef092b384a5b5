import doc from './pip-pin-versions.md';
import type { ShellWord } from '../../parse/shell.js';
import { pinRule, pipInstall } from './lib/package-managers.js';

const VERSION = /===|==|>=|<=|!=|~=|>|</;
const ARCHIVE = /\.(?:whl|tar\.gz|tgz|zip)$/;

/** `git+https://host/repo.git@v1.0`: a ref after the repository path. */
function versionedVcs(value: string): boolean {
  const m = /^[a-z]+\+[a-z]+:\/\/[^/]*(\/.*)$/i.exec(value);
  return m !== null && m[1].includes('@');
}

/** Whether a `pip install` operand names its version (or is a file whose name carries one). */
function pinned(w: ShellWord): boolean {
  const v = w.value;
  return VERSION.test(v) || ARCHIVE.test(v.split('#')[0]) || versionedVcs(v);
}

/** `pip install pkg` without a version, in every stage. */
const rule = pinRule(
  {
    id: 'pip-pin-versions',
    title: 'pip package without a version',
    defaultSeverity: 'info',
    equivalents: ['hadolint:DL3013'],
    doc,
  },
  {
    unpinned: (cmd) => {
      const call = pipInstall(cmd);
      if (!call) return [];
      // Requirements and constraints files carry their own versions; `.` is the project itself.
      if (call.options.some((o) => ['-r', '--requirement', '-c', '--constraint'].includes(o.name))) return [];
      if (call.operands.some((w) => w.value === '.')) return [];
      return call.operands.filter((w) => w.literal && w.value !== '' && !/^(?:[./~]|file:)/.test(w.value) && !pinned(w));
    },
    message: (pkg) => `pip installs ${pkg.value} in whatever version the index has today: pin it (${pkg.value.split('[')[0]}==<version>) or install from a requirements file with pinned versions`,
  },
);

export default rule;
