import doc from './apk-no-cache.md';
import { shellRuns } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import { apkCommand, commandHead, hasOption, insertAfterWord, mountsOver, removesLater } from './lib/package-hygiene.js';
import { shippedStages } from './lib/run.js';
import { nonShippingImage } from './lib/purpose.js';

const CACHE = '/var/cache/apk';

/** `apk add` without `--no-cache` in a shipped stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'apk-no-cache',
    kind: 'dockerfile',
    title: 'apk add leaves its index cache in the image',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['hadolint:DL3019', 'trivy:DS-0025'],
    doc,
  },
  check({ model, path, report }) {
    if (nonShippingImage(model, path)) return;
    for (const stage of shippedStages(model)) {
      for (const run of shellRuns(model, stage)) {
        if (mountsOver(run, CACHE) || mountsOver(run, '/etc/apk/cache')) continue;
        for (const cmd of run.commands) {
          const pc = apkCommand(cmd);
          if (!pc || pc.sub.value !== 'add' || hasOption(pc, ['--no-cache', '--no-network'])) continue;
          if (removesLater(run, cmd.range.start, CACHE)) continue;
          report({
            range: commandHead(pc),
            message: 'apk add without --no-cache keeps the downloaded package index in /var/cache/apk, in this layer of the shipped image; add --no-cache',
            fixes: [{ title: 'Add --no-cache', safe: true, edits: [insertAfterWord(pc.cmd, pc.sub, '--no-cache')] }],
          });
        }
      }
    }
  },
};

export default rule;
