import doc from './no-expose-ssh.md';
import type { DockerfileRule } from '../kinds.js';
import { isWindowsStage } from '../../model/user.js';
import { removePortEdit, stagePorts } from './lib/ports.js';

/** The image that ships exposes port 22 (SSH). */
const rule: DockerfileRule = {
  meta: {
    id: 'no-expose-ssh',
    kind: 'dockerfile',
    title: 'Image exposes SSH (port 22)',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['trivy:DS-0004', 'checkov:CKV_DOCKER_1'],
    doc,
  },
  check({ model, report }) {
    const stage = model.finalStage;
    if (!stage || isWindowsStage(model, stage)) return;
    for (const p of stagePorts(model, stage)) {
      if (p.start === undefined || p.end === undefined || p.start > 22 || p.end < 22 || p.protocol === 'udp') continue;
      const edit = p.start === 22 && p.end === 22 ? removePortEdit(model, p) : undefined;
      report({
        range: p.range,
        fixes: edit ? [{ title: 'Remove EXPOSE 22 (the SSH server the image runs must go too)', safe: false, edits: [edit] }] : [],
        message: `EXPOSE ${p.text} opens SSH: a container should not run an SSH server; use docker exec or kubectl exec to get a shell`,
      });
    }
  },
};

export default rule;
