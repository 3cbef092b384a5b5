import doc from './no-apk-allow-untrusted.md';
import { flagRule, named } from './lib/insecure.js';

/** apk installs packages without checking signatures. */
const rule = flagRule(
  {
    id: 'no-apk-allow-untrusted',
    title: 'apk installs packages without checking signatures',
    equivalents: ['checkov:CKV2_DOCKER_7'],
    doc,
  },
  {
    tool: named('apk'),
    options: ['--allow-untrusted'],
    spec: { valued: ['-X', '--repository', '-p', '--root', '-t', '--virtual', '--repositories-file', '--keys-dir', '--arch', '--cache-dir'] },
    message: (option) => `apk ${option} installs packages whose signatures are missing or untrusted, so nothing proves where they came from`,
    fixTitle: (option) => `Remove ${option}`,
  },
);

export default rule;
