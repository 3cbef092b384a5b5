import doc from './expose-host-port.md';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { withTriggers } from './lib/onbuild.js';

/** `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80:80`: a host address or port in an image. */
const rule: DockerfileRule = {
  meta: {
    id: 'expose-host-port',
    kind: 'dockerfile',
    title: 'EXPOSE names a host address or port',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['buildkit:ExposeInvalidFormat'],
    doc,
  },
  check({ model, report }) {
    const exposes = withTriggers(model, 'EXPOSE');
    for (const instr of exposes) {
      for (const arg of instr.getArguments()) {
        const text = arg.getValue();
        if (!text.includes(':')) continue;
        const range = arg.getRange();
        const port = text.slice(text.lastIndexOf(':') + 1);
        const fixes: Fix[] = [];
        if (/^\d+(?:-\d+)?(?:\/[A-Za-z]+)?$/.test(port) && range.start.line === range.end.line && range.end.character - range.start.character === text.length) {
          fixes.push({ title: `Expose only the container port ${port}`, safe: true, edits: [{ range, newText: port }] });
        }
        report({
          range,
          message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${text}': publishing is decided by 'docker run -p' or Compose 'ports:'`,
          fixes,
        });
      }
    }
  },
};

export default rule;
