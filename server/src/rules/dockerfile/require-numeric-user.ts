import doc from './require-numeric-user.md';
import type { Fix } from '../types.js';
import type { DockerfileRule } from '../kinds.js';
import { effectiveUser, isRootUser, isWindowsStage } from '../../model/user.js';
import { finalNamedUser, numericUser } from './lib/user-ids.js';

/**
 * Every USER line (any stage) whose user is a literal name, as hadolint's DL3066
 * judges them (opt-in). The line `user-numeric-uid` already reports is left
 * to it.
 */
const rule: DockerfileRule = {
  meta: {
    id: 'require-numeric-user',
    kind: 'dockerfile',
    title: 'A USER line names the user instead of its numeric UID',
    defaultSeverity: 'off',
    fix: 'safe',
    equivalents: ['hadolint:DL3066'],
    doc,
  },
  check({ model, report }) {
    const final = model.finalStage;
    const taken = new Set([finalNamedUser(model)?.instruction]);
    // The final image's USER root: hadolint reports it too, but the change to
    // make there is `no-root-user`'s (a non-root user), so no `USER 0` fix.
    let finalRoot: unknown;
    if (final && !isWindowsStage(model, final)) {
      const eff = effectiveUser(model, final);
      if (eff.source === 'instruction' && eff.user && isRootUser(eff.user)) finalRoot = eff.instruction;
    }
    for (const stage of model.stages) {
      if (isWindowsStage(model, stage)) continue;
      for (const instr of stage.instructions) {
        if (instr.getKeyword() !== 'USER' || taken.has(instr)) continue;
        const value = (instr.getArgumentsContent() ?? '').trim();
        const range = instr.getArgumentsRange();
        if (!range || !value || value.includes('$') || /\s/.test(value)) continue;
        const user = value.split(':')[0];
        if (!user || /^\d+$/.test(user)) continue;
        const { numeric } = numericUser(stage, stage, value);
        const fixes: Fix[] = numeric && instr !== finalRoot && range.start.line === range.end.line
          ? [{ title: `Use USER ${numeric}`, safe: true, edits: [{ range, newText: numeric }] }]
          : [];
        report({
          range,
          message: user === 'root'
            ? `USER ${value} names root instead of its numeric UID${numeric ? ` (USER ${numeric})` : ''}, which reads the same without the image's /etc/passwd`
            : `USER ${value} names the user instead of its numeric UID${numeric ? ` (USER ${numeric})` : ''}: which user that is depends on the image's /etc/passwd, and a name cannot be checked for root without it`,
          fixes,
        });
      }
    }
  },
};

export default rule;
