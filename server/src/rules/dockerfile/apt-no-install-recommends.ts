import doc from './apt-no-install-recommends.md';
import { shellRuns } from '../../parse/shell.js';
import { devStage, nonShippingImage } from './lib/purpose.js';
import { shippedStages } from './lib/run.js';
import type { DockerfileRule } from '../kinds.js';
import { aptCommand, aptSimulates, aptFalse, aptSettings, commandHead, hasOption, insertAfterWord } from './lib/package-hygiene.js';

/**
 * `apt-get install` that also installs recommended packages, in any stage but
 * development stages that never ship; one finding per RUN.
 */
const rule: DockerfileRule = {
  meta: {
    id: 'apt-no-install-recommends',
    kind: 'dockerfile',
    title: 'apt-get install pulls in recommended packages',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3015', 'trivy:DS-0029'],
    doc,
  },
  check({ model, path, report }) {
    if (nonShippingImage(model, path)) return;
    const shipped = shippedStages(model);
    for (const run of shellRuns(model)) {
      if (run.stage && !shipped.includes(run.stage) && devStage(run.stage)) continue;
      const calls = run.commands.map((c) => aptCommand(c)).filter((pc): pc is NonNullable<typeof pc> => !!pc
        && pc.sub.value === 'install' && !aptSimulates(pc)
        && !hasOption(pc, ['--no-install-recommends']) && !aptFalse(aptSettings(pc).get('apt::install-recommends')));
      if (!calls.length) continue;
      const more = calls.length - 1;
      report({
        range: commandHead(calls[0]),
        message: 'apt-get install without --no-install-recommends: apt also installs every package the named ones merely recommend, which the image then ships and patches; add --no-install-recommends and name what is needed'
          + (more ? ` (and ${more} more apt-get install in this RUN)` : ''),
        fixes: [{ title: 'Add --no-install-recommends', safe: false, edits: calls.map((pc) => insertAfterWord(pc.cmd, pc.sub, '--no-install-recommends')) }],
      });
    }
  },
};

export default rule;
