import doc from './user-numeric-uid.md';
import type { Fix } from '../types.js';
import type { DockerfileRule } from '../kinds.js';
import { finalNamedUser } from './lib/user-ids.js';

/** The final stage's USER is a name: Kubernetes `runAsNonRoot` can only verify numeric UIDs. */
const rule: DockerfileRule = {
  meta: {
    id: 'user-numeric-uid',
    kind: 'dockerfile',
    title: 'USER is a name, not a numeric UID',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['hadolint:DL3066'],
    doc,
  },
  check({ model, report }) {
    const named = finalNamedUser(model);
    if (!named) return;
    const { instruction, value, ids: { uid, gid, group, numeric } } = named;
    const range = instruction.getArgumentsRange() ?? instruction.getRange();
    const raw = instruction.getArgumentsContent() ?? '';
    const fixes: Fix[] = [];
    if (numeric && !raw.includes('$') && range.start.line === range.end.line) {
      fixes.push({ title: `Use USER ${numeric}`, safe: true, edits: [{ range, newText: numeric }] });
    }
    report({
      range,
      message: `USER ${value} names the user: Kubernetes cannot verify a name is not root, so pods with runAsNonRoot: true refuse to start; use the numeric UID${uid ? ` (USER ${uid}${group === undefined ? '' : `:${gid ?? '<gid>'}`})` : ''}`,
      fixes,
    });
  },
};

export default rule;
