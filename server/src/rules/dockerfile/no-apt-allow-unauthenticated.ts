import doc from './no-apt-allow-unauthenticated.md';
import { flagRule, named } from './lib/insecure.js';

/** apt installs packages without checking signatures. */
const rule = flagRule(
  {
    id: 'no-apt-allow-unauthenticated',
    title: 'apt installs packages without checking signatures',
    equivalents: ['checkov:CKV2_DOCKER_8'],
    doc,
  },
  {
    tool: named('apt-get', 'apt'),
    options: ['--allow-unauthenticated'],
    spec: { valued: ['-o', '-c', '-t', '--option', '--config-file', '--target-release'] },
    message: (option, cmd) => `${cmd.name} ${option} installs packages that fail signature checks, so a tampered mirror goes unnoticed`,
    fixTitle: (option) => `Remove ${option}`,
  },
);

export default rule;
