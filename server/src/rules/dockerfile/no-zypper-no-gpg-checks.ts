import doc from './no-zypper-no-gpg-checks.md';
import { flagRule, named } from './lib/insecure.js';

/** zypper installs packages without checking signatures. */
const rule = flagRule(
  {
    id: 'no-zypper-no-gpg-checks',
    title: 'zypper installs packages without checking signatures',
    equivalents: [],
    doc,
  },
  {
    tool: named('zypper'),
    options: ['--no-gpg-checks', '--no-gpgcheck'],
    spec: { valued: ['-r', '--repo', '-R', '--root', '-c', '--config', '--from', '-t', '--type'] },
    message: (option) => `zypper ${option} installs packages without checking their GPG signatures, so a tampered repository goes unnoticed`,
    fixTitle: (option) => `Remove ${option}`,
  },
);

export default rule;
