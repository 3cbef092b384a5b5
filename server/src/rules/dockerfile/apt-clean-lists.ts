import doc from './apt-clean-lists.md';
import { shellRuns } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { appendCommandEdit, aptCommand, commandHead, isAfter, mountsOver, removesLater } from './lib/package-hygiene.js';
import { shippedStages } from './lib/run.js';
import { nonShippingImage } from './lib/purpose.js';

const LISTS = '/var/lib/apt/lists';
const CLEANUP = `rm -rf ${LISTS}/*`;

/** `apt-get update` in a shipped stage whose RUN does not delete the package lists afterwards. */
const rule: DockerfileRule = {
  meta: {
    id: 'apt-clean-lists',
    kind: 'dockerfile',
    title: 'apt package lists left in the image',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['hadolint:DL3009'],
    doc,
  },
  check({ model, path, report }) {
    if (nonShippingImage(model, path)) return;
    for (const stage of shippedStages(model)) {
      for (const run of shellRuns(model, stage)) {
        if (mountsOver(run, LISTS)) continue;
        const updates = run.commands.filter((c) => aptCommand(c)?.sub.value === 'update');
        const last = updates.at(-1);
        if (!last) continue;
        const cleaned = removesLater(run, last.range.start, LISTS)
          || run.commands.some((c) => isAfter(c.range.start, last.range.start) && ['distclean', 'dist-clean'].includes(aptCommand(c, ['apt-get', 'apt'])?.sub.value ?? ''));
        if (cleaned) continue;
        const edit = appendCommandEdit(model, run, CLEANUP);
        const fixes: Fix[] = edit ? [{ title: `Add ${CLEANUP} at the end of the RUN`, safe: true, edits: [edit] }] : [];
        report({
          range: commandHead(aptCommand(last)!),
          message: `apt-get update leaves its package lists (often 20 MB or more) in this layer of the shipped image; delete them at the end of the same RUN with ${CLEANUP}`,
          fixes,
        });
      }
    }
  },
};

export default rule;
