import doc from './no-privileged-port.md';
import type { DockerfileRule } from '../kinds.js';
import { isWindowsStage } from '../../model/user.js';
import { replacePortEdit, stagePorts } from './lib/ports.js';

/** The image that ships exposes a port below 1024 (other than 22, which no-expose-ssh reports). */
const rule: DockerfileRule = {
  meta: {
    id: 'no-privileged-port',
    kind: 'dockerfile',
    title: 'Image exposes a privileged port',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    const stage = model.finalStage;
    if (!stage || isWindowsStage(model, stage)) return;
    for (const p of stagePorts(model, stage)) {
      if (p.start === undefined || p.start >= 1024 || p.start === 0) continue;
      if (p.start === 22 && p.end === 22) continue;
      const alt = p.start === 80 ? 8080 : p.start === 443 ? 8443 : p.start + 8000;
      const edit = p.start === p.end ? replacePortEdit(p, alt) : undefined;
      report({
        range: p.range,
        fixes: edit ? [{ title: `Expose ${alt} instead (the application must listen on ${alt})`, safe: false, edits: [edit] }] : [],
        message: `EXPOSE ${p.text} is a privileged port (below 1024): binding it needs root or CAP_NET_BIND_SERVICE; let the application listen on an unprivileged port such as ${alt} and expose that`,
      });
    }
  },
};

export default rule;
