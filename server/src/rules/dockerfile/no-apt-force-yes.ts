import doc from './no-apt-force-yes.md';
import { flagRule, named } from './lib/insecure.js';

/** apt --force-yes overrides signature and downgrade checks. */
const rule = flagRule(
  {
    id: 'no-apt-force-yes',
    title: 'apt --force-yes overrides signature and downgrade checks',
    equivalents: ['checkov:CKV2_DOCKER_11'],
    doc,
  },
  {
    tool: named('apt-get', 'apt'),
    options: ['--force-yes'],
    spec: { valued: ['-o', '-c', '-t', '--option', '--config-file', '--target-release'] },
    message: (option, cmd) => `${cmd.name} ${option} accepts unauthenticated packages, downgrades and removals of essential packages without asking; use -y`,
    fixTitle: (option) => `Remove ${option}`,
  },
);

export default rule;
