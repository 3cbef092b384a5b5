import doc from './npm-pin-versions.md';
import { npmInstall, pinRule } from './lib/package-managers.js';

const GIT = /^(?:git(?:\+[a-z]+)?:\/\/|github:|gitlab:|bitbucket:|gist:)/i;
const TARBALL = /\.(?:tar|tar\.gz|tgz)$/;

/** Whether an `npm install` operand names a version, a git ref, a tarball or a folder. */
function pinned(spec: string): boolean {
  if (/^(?:[./~]|file:)/.test(spec) || TARBALL.test(spec)) return true;
  if (GIT.test(spec) || /^https?:\/\//.test(spec)) return spec.includes('#');
  // `user/repo` is a GitHub shorthand.
  if (!spec.startsWith('@') && spec.includes('/')) return spec.includes('#');
  const rest = spec.startsWith('@') ? spec.slice(spec.indexOf('/') + 1) : spec;
  const at = rest.indexOf('@');
  if (at < 0) return false;
  const version = rest.slice(at + 1);
  return version !== '' && version !== 'latest';
}

/** `npm install pkg` without a version, in every stage. */
const rule = pinRule(
  {
    id: 'npm-pin-versions',
    title: 'npm package without a version',
    defaultSeverity: 'info',
    equivalents: ['hadolint:DL3016'],
    doc,
  },
  {
    unpinned: (cmd) => {
      const call = npmInstall(cmd);
      if (!call) return [];
      return call.operands.filter((w) => w.literal && w.value !== '' && !pinned(w.value));
    },
    message: (pkg) => {
      const name = pkg.value.replace(/(.)@latest$/, '$1');
      return `npm installs ${name} in whatever version is tagged latest today: pin it (${name}@<version>)`;
    },
  },
);

export default rule;
