import doc from './zypper-no-dist-upgrade.md';
import { shellRuns } from '../../parse/shell.js';
import { stageChain } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import { headRange, managerCall, ZYPPER_VALUED } from './lib/package-managers.js';

/** Whether a stage is built on openSUSE Tumbleweed, where `zypper dup` is the documented way to update. */
function rolling(stage: Parameters<typeof stageChain>[0] | undefined): boolean {
  const root = stage ? stageChain(stage).at(-1) : undefined;
  return /tumbleweed/i.test(root?.image?.repository ?? root?.rawImage ?? '');
}

/** `zypper dist-upgrade` / `zypper dup` in a RUN, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'zypper-no-dist-upgrade',
    kind: 'dockerfile',
    title: 'zypper dist-upgrade in RUN',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3035'],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      if (rolling(run.stage)) continue;
      for (const cmd of run.commands) {
        const call = managerCall(cmd, ['zypper'], ZYPPER_VALUED);
        if (!call || !['dist-upgrade', 'dup'].includes(call.sub.value)) continue;
        report({
          range: headRange(call),
          fixes: [{ title: 'Use zypper update', safe: false, edits: [{ range: call.sub.range, newText: 'update' }] }],
          message: `zypper ${call.sub.value} lets the solver downgrade, remove and switch the vendor of packages to match whatever the repositories hold on build day; use zypper update, or a newer base image`,
        });
      }
    }
  },
};

export default rule;
