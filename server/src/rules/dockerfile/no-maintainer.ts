import doc from './no-maintainer.md';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';

/** A `MAINTAINER` instruction, deprecated since Docker 1.13 in favour of a label. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-maintainer',
    kind: 'dockerfile',
    title: 'MAINTAINER is deprecated',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['hadolint:DL4000', 'buildkit:MaintainerDeprecated', 'trivy:DS-0022', 'checkov:CKV_DOCKER_6'],
    doc,
  },
  check({ model, report }) {
    for (const instr of model.instructions.filter((i) => i.getKeyword() === 'MAINTAINER')) {
      const raw = (instr.getArgumentsContent() ?? '').trim();
      const range = instr.getRange();
      const fixes: Fix[] = [];
      if (raw && range.start.line === range.end.line) {
        const label = instr.getInstruction() === instr.getInstruction().toLowerCase() ? 'label' : 'LABEL';
        const value = /^"[^"\\$]*"$/.test(raw) ? raw : `"${raw.replace(/^"|"$/g, '').replace(/(["\\$])/g, '\\$1')}"`;
        fixes.push({ title: 'Replace with LABEL org.opencontainers.image.authors', safe: true, edits: [{ range, newText: `${label} org.opencontainers.image.authors=${value}` }] });
      }
      report({ range: instr.getInstructionRange(), message: 'MAINTAINER is deprecated: write the author as LABEL org.opencontainers.image.authors', fixes });
    }
  },
};

export default rule;
