import doc from './no-pip-trusted-host.md';
import { flagRule, named } from './lib/insecure.js';
import { toolOf } from './lib/run.js';

/** pip trusts a host without TLS verification. */
const rule = flagRule(
  {
    id: 'no-pip-trusted-host',
    title: 'pip trusts a host without TLS verification',
    equivalents: ['checkov:CKV2_DOCKER_4'],
    doc,
  },
  {
    tool: (cmd) => { const t = toolOf(cmd); return t.tool === 'pip' ? t.args : undefined; },
    options: ['--trusted-host'],
    spec: { valued: ['-i', '--index-url', '--extra-index-url', '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--cache-dir', '--src', '--python', '--platform', '--python-version', '--implementation', '--abi', '--progress-bar', '--log', '--proxy', '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--upgrade-strategy', '--no-binary', '--only-binary', '--trusted-host', '--config-settings', '-C', '--report', '--python-version'] },
    message: (option) => `pip ${option} accepts that host over plain HTTP or with any certificate, so packages from it are not authenticated. Serve the index over verified HTTPS instead`,
    fixTitle: (option) => `Remove ${option} and its host`,
  },
);

export default rule;
