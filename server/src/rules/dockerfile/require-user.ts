import requireUserDoc from './require-user.md';
import type { DockerfileRule } from '../kinds.js';
import { nonShippingImage } from './lib/purpose.js';
import { effectiveUser, isRootUser, isWindowsStage, nonRootUserFixes } from '../../model/user.js';

/** The final stage never sets USER and its base image runs as root. */
const rule: DockerfileRule = {
  meta: {
    id: 'require-user',
    kind: 'dockerfile',
    title: 'The final stage sets no USER and runs as root',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:DS-0002', 'checkov:CKV_DOCKER_3'],
    doc: requireUserDoc,
  },
  check({ model, path, project, report }) {
    const stage = model.finalStage;
    if (!stage || isWindowsStage(model, stage)) return;
    const eff = effectiveUser(model, stage, project);
    if (eff.source === 'instruction' || eff.source === 'unknown') return;
    if (!eff.user || !isRootUser(eff.user)) return;
    const why = nonShippingImage(model, path);
    const what = stage.scratch ? 'scratch' : `'${stage.image?.text ?? stage.rawImage}'`;
    report({
      range: stage.from.getRange(),
      message: (eff.fromRegistry
        ? `The final stage sets no USER and its base image ${what} runs as ${eff.source === 'image-default' ? eff.user : 'root'} (its registry config ${eff.source === 'image-default' ? `says USER ${eff.user}` : 'sets no USER'}); add a USER with an unprivileged user`
        : eff.source === 'image-default'
        ? `The final stage sets no USER and its base image ${what} runs as root; add a USER with an unprivileged user`
        : eff.known === false
          ? `The final stage sets no USER: unless ${what} sets a USER of its own, it runs as root; add a USER with an unprivileged user`
          : `The final stage sets no USER, so it runs as root (the default of ${what}); add a USER with an unprivileged user`)
        + (why ? ` (a lesser risk: ${why})` : ''),
      fixes: nonRootUserFixes(model, stage),
      ...(why ? { severity: 'hint' as const } : {}),
    });
  },
};

export default rule;
