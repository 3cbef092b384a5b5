import doc from './expose-host-port.md';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { exposeArguments } from './lib/ports.js';

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
    for (const { text, range, inPlace } of exposeArguments(model)) {
      if (!text.includes(':')) continue;
      const port = text.slice(text.lastIndexOf(':') + 1);
      const fixes: Fix[] = [];
      if (inPlace && /^\d+(?:-\d+)?(?:\/[A-Za-z]+)?$/.test(port)) {
        fixes.push({ title: `Expose only the container port ${port}`, safe: true, edits: [{ range, newText: port }] });
      }
      report({
        range,
        message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${text}': publishing is decided by 'docker run -p' or Compose 'ports:'`,
        fixes,
      });
    }
  },
};

export default rule;
