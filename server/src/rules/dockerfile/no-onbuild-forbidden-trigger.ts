import doc from './no-onbuild-forbidden-trigger.md';
import type { DockerfileRule } from '../kinds.js';
import { removeInstructionEdit } from './lib/instructions.js';
import { onbuildTriggers } from './lib/onbuild.js';

const FORBIDDEN = new Set(['FROM', 'MAINTAINER', 'ONBUILD']);

/** `ONBUILD FROM`, `ONBUILD MAINTAINER`, `ONBUILD ONBUILD`: triggers Docker refuses. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-onbuild-forbidden-trigger',
    kind: 'dockerfile',
    title: 'ONBUILD of FROM, MAINTAINER or ONBUILD',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3043'],
    doc,
  },
  check({ model, report }) {
    for (const { trigger, onbuild } of onbuildTriggers(model)) {
      const kw = trigger.getKeyword();
      if (!FORBIDDEN.has(kw)) continue;
      report({
        range: trigger.getInstructionRange(),
        fixes: [{ title: `Remove this ONBUILD ${kw} (Docker refuses it)`, safe: false, edits: [removeInstructionEdit(model, onbuild)] }],
        message: `ONBUILD ${kw} is not allowed: Docker refuses ${kw} as an ONBUILD trigger`,
      });
    }
  },
};

export default rule;
