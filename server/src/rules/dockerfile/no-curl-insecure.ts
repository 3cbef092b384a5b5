import doc from './no-curl-insecure.md';
import { flagRule, named } from './lib/insecure.js';

/** curl skips TLS certificate verification. */
const rule = flagRule(
  {
    id: 'no-curl-insecure',
    title: 'curl skips TLS certificate verification',
    equivalents: ['checkov:CKV2_DOCKER_2'],
    doc,
  },
  {
    tool: named('curl'),
    options: ['-k', '--insecure'],
    spec: { valued: ['-o', '-u', '-H', '-d', '-X', '-A', '-e', '-w', '-x', '-T', '-F', '-b', '-c', '-C', '-m', '-r', '-E', '-K', '-Y', '-y', '-z', '-U', '-Q', '--output', '--user', '--header', '--data', '--request', '--url', '--connect-timeout', '--max-time', '--retry', '--retry-delay', '--retry-max-time', '--cacert', '--capath', '--cert', '--key', '--proxy', '--resolve', '--form', '--user-agent', '--referer', '--write-out', '--upload-file', '--limit-rate', '--data-raw', '--data-binary', '--data-urlencode', '--cookie', '--cookie-jar', '--continue-at', '--range', '--proto', '--proto-redir', '--output-dir', '--config', '--max-filesize', '--interface', '--dns-servers', '--oauth2-bearer', '--proxy-user'] },
    message: (option) => `curl ${option} turns off TLS certificate verification: anyone on the network path can hand the build a different file. Install the CA certificate (or fix the clock or proxy) instead`,
    fixTitle: (option) => `Remove ${option}`,
  },
);

export default rule;
