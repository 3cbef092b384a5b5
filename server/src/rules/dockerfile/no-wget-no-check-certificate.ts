import doc from './no-wget-no-check-certificate.md';
import { flagRule, named } from './lib/insecure.js';

/** wget skips TLS certificate verification. */
const rule = flagRule(
  {
    id: 'no-wget-no-check-certificate',
    title: 'wget skips TLS certificate verification',
    equivalents: ['checkov:CKV2_DOCKER_3'],
    doc,
  },
  {
    tool: named('wget'),
    options: ['--no-check-certificate'],
    spec: { valued: ['-O', '-o', '-a', '-P', '-U', '-e', '-t', '-T', '-w', '-i', '-B', '--output-document', '--output-file', '--directory-prefix', '--user-agent', '--header', '--tries', '--timeout', '--user', '--password', '--ca-certificate', '--post-data'] },
    message: (option) => `wget ${option} turns off TLS certificate verification: anyone on the network path can hand the build a different file. Install the CA certificate instead`,
    fixTitle: (option) => `Remove ${option}`,
  },
);

export default rule;
