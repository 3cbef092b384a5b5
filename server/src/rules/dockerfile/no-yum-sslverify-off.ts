import doc from './no-yum-sslverify-off.md';
import { commandRule } from './lib/insecure.js';

/** `sslverify=0|false|no|off`, optionally scoped (`--setopt=myrepo.sslverify=0`). */
const SSLVERIFY_OFF = /(?:^|[\s.=-])(sslverify\s*=\s*(?:0|false|no|off|False|FALSE))(?![\w])/i;

/** yum/dnf repository TLS verification turned off with `sslverify=false`. */
const rule = commandRule(
  {
    id: 'no-yum-sslverify-off',
    title: 'yum/dnf configured to skip TLS certificate verification',
    equivalents: ['checkov:CKV2_DOCKER_15'],
    fix: 'unsafe',
    doc,
  },
  (cmd) => {
    const out = [];
    for (const word of cmd.args) {
      const m = SSLVERIFY_OFF.exec(word.value);
      if (!m) continue;
      const at = m.index + m[0].length - m[1].length;
      const range = word.rangeOf(at, at + m[1].length);
      out.push({
        range,
        fixes: word.literal ? [{ title: 'Set sslverify=1 (the repository certificate is then checked)', safe: false, edits: [{ range, newText: 'sslverify=1' }] }] : [],
        message: `${cmd.name} sets ${m[1]}: yum/dnf then accept any certificate from the repository, so packages and metadata are not authenticated`,
      });
    }
    return out;
  },
);

export default rule;
