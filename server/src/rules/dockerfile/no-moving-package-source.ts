import doc from './no-moving-package-source.md';
import type { ShellCommand, ShellWord } from '../../parse/shell.js';
import { npmInstall, pinRule, pipInstall } from './lib/package-managers.js';

const COMMIT = /^[0-9a-f]{40}$/i;
/** An archive GitHub or GitLab builds from a branch: `…/archive/refs/heads/main.zip`, `…/archive/master.tar.gz`, `…/-/archive/main/…`. */
const BRANCH_ARCHIVE = /\/archive\/refs\/heads\/[^/?#]+$|\/archive\/(?:main|master|develop|dev|trunk|HEAD)\.(?:zip|tar\.gz|tgz)$|\/-\/archive\/(?:main|master|develop|dev|trunk|HEAD)\/|\/(?:zip|tar\.gz|tarball|zipball)\/(?:refs\/heads\/[^/?#]+|main|master|develop|HEAD)$/;
/** `git+https://host/o/r.git@ref#egg=…`: the ref pip checks out. */
const PIP_VCS = /^(?:git|hg|svn|bzr)\+[a-z]+:\/\/[^/]*\/[^@#]*@([^#]+)/i;
/** npm git specs: `git+https://…`, `git://…`, `github:o/r`, `o/r` (GitHub shorthand). */
const NPM_GIT = /^(?:git(?:\+[a-z]+)?:\/\/|github:|gitlab:|bitbucket:|gist:)/i;

/** What moves in a pip operand: a branch archive or a VCS ref that is not a commit. */
function pipMoving(w: ShellWord): string | undefined {
  const v = w.value;
  if (/^https?:\/\//i.test(v) && BRANCH_ARCHIVE.test(v.split('#')[0])) return 'an archive of a branch, which changes with every push';
  const ref = PIP_VCS.exec(v)?.[1];
  if (ref !== undefined && !COMMIT.test(ref)) return `the ref '${ref}', a branch or tag that can move`;
  return undefined;
}

/** What moves in an npm operand: a git spec whose `#ref` is not a commit (one without `#` is npm-pin-versions'). */
function npmMoving(w: ShellWord): string | undefined {
  const v = w.value;
  const git = NPM_GIT.test(v) || (!v.startsWith('@') && !/^(?:[./~]|file:|https?:)/.test(v) && /^[\w.-]+\/[\w.-]+#/.test(v));
  const hash = v.indexOf('#');
  if (!git || hash < 0) return undefined;
  const ref = v.slice(hash + 1).replace(/^semver:.*/, '');
  if (ref === '' || COMMIT.test(ref)) return undefined;
  return `the ref '${ref}', a branch or tag that can move`;
}

/** Why a literal operand of this `pip install` or `npm install` moves, as the finding says it; undefined when it does not. */
function movingMessage(w: ShellWord, cmd: ShellCommand): string | undefined {
  if (!w.literal) return undefined;
  if (pipInstall(cmd)?.operands.includes(w)) {
    const why = pipMoving(w);
    if (why) return `pip installs ${w.value}: ${why}; pin it to a commit (…@<40-hex sha>) or a released version from the index, so every build installs the same code`;
  }
  if (npmInstall(cmd)?.operands.includes(w)) {
    const why = npmMoving(w);
    if (why) return `npm installs ${w.value}: ${why}; pin it to a commit (…#<40-hex sha>) or a published version, so every build installs the same code`;
  }
  return undefined;
}

/** `pip install` of a branch archive or a VCS branch/tag, `npm install <git>#<branch>`, in every stage. */
const rule = pinRule(
  {
    id: 'no-moving-package-source',
    title: 'Package installed from a branch or a moving ref',
    defaultSeverity: 'warning',
    equivalents: [],
    doc,
  },
  {
    unpinned: (cmd) => {
      // A command is pip or npm, never both; the operands are read once.
      const pip = pipInstall(cmd);
      if (pip) return pip.operands.filter((w) => w.literal && pipMoving(w) !== undefined);
      return npmInstall(cmd)?.operands.filter((w) => w.literal && npmMoving(w) !== undefined) ?? [];
    },
    message: (w, cmd) => movingMessage(w, cmd) ?? `${w.value} can change between builds`,
  },
);

export default rule;
