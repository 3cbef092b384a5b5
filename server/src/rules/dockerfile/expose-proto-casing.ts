import doc from './expose-proto-casing.md';
import type { DockerfileRule } from '../kinds.js';
import { exposeArguments } from './lib/ports.js';

/** `EXPOSE 80/TCP`: a protocol not in lower case. */
const rule: DockerfileRule = {
  meta: {
    id: 'expose-proto-casing',
    kind: 'dockerfile',
    title: 'EXPOSE protocol is not lower case',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['buildkit:ExposeProtoCasing'],
    doc,
  },
  check({ model, report }) {
    for (const { text, range, inPlace } of exposeArguments(model)) {
      const slash = text.lastIndexOf('/');
      if (slash < 0) continue;
      const proto = text.slice(slash + 1);
      if (!proto || proto === proto.toLowerCase()) continue;
      const fixes = inPlace
        ? [{ title: `Write it as ${text.slice(0, slash + 1)}${proto.toLowerCase()}`, safe: true, edits: [{ range, newText: `${text.slice(0, slash + 1)}${proto.toLowerCase()}` }] }]
        : [];
      report({ range, message: `Defined protocol '${text}' in EXPOSE instruction should be lowercase`, fixes });
    }
  },
};

export default rule;
