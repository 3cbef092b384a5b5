import doc from './no-rpm-nosignature.md';
import { flagRule, named } from './lib/insecure.js';

/** rpm installs packages without checking signatures or digests. */
const rule = flagRule(
  {
    id: 'no-rpm-nosignature',
    title: 'rpm installs packages without checking signatures or digests',
    equivalents: ['checkov:CKV2_DOCKER_10'],
    doc,
  },
  {
    tool: named('rpm'),
    options: ['--nosignature', '--nodigest', '--noverify', '--nofiledigest'],
    spec: { valued: ['--root', '--dbpath', '--prefix', '--relocate', '--excludepath', '-D', '--define', '--rcfile'] },
    message: (option) => `rpm ${option} skips the package's integrity checks, so a tampered package is installed as if it were genuine`,
    fixTitle: (option) => `Remove ${option}`,
  },
);

export default rule;
