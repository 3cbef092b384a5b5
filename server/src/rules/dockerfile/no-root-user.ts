import noRootUserDoc from './no-root-user.md';
import type { DockerfileRule } from '../kinds.js';
import { effectiveUser, isRootUser, isWindowsStage, nonRootUserFixes } from '../../model/user.js';

/** The final stage switches to root with USER (or inherits that from the stage it builds on) and never switches back. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-root-user',
    kind: 'dockerfile',
    title: 'The final stage runs as root',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3002', 'checkov:CKV_DOCKER_8', 'trivy:DS-0002'],
    doc: noRootUserDoc,
  },
  check({ model, report }) {
    const stage = model.finalStage;
    if (!stage || isWindowsStage(model, stage)) return;
    const eff = effectiveUser(model, stage);
    if (eff.source !== 'instruction' || !eff.user || !isRootUser(eff.user) || !eff.instruction) return;
    const inherited = !stage.instructions.includes(eff.instruction);
    const args = eff.instruction.getArgumentsRange() ?? eff.instruction.getRange();
    report({
      range: inherited ? stage.from.getRange() : args,
      message: inherited
        ? `The final stage inherits USER ${eff.user} from stage '${stage.parent?.name ?? stage.rawImage}' and runs as root`
        : `The final stage runs as root (USER ${eff.user}); switch to an unprivileged user before CMD/ENTRYPOINT`,
      fixes: nonRootUserFixes(model, stage),
    });
  },
};

export default rule;
