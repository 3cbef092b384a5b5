import doc from './no-yum-nogpgcheck.md';
import { flagRule, named } from './lib/insecure.js';

/** yum/dnf install packages without checking signatures. */
const rule = flagRule(
  {
    id: 'no-yum-nogpgcheck',
    title: 'yum/dnf install packages without checking signatures',
    equivalents: ['checkov:CKV2_DOCKER_9'],
    doc,
  },
  {
    tool: named('yum', 'dnf', 'tdnf', 'microdnf'),
    options: ['--nogpgcheck'],
    spec: { valued: ['-c', '--config', '--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-x', '--exclude', '--repo', '--repofrom', '--repofrompath', '--downloaddir', '--destdir', '-d', '--debuglevel', '-e', '--errorlevel', '--rpmverbosity', '--color'] },
    message: (option, cmd) => `${cmd.name} ${option} installs packages without checking their GPG signatures, so a tampered repository goes unnoticed`,
    fixTitle: (option) => `Remove ${option}`,
  },
);

export default rule;
