import doc from './no-world-writable.md';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { chmodMode, octalText, removedLater } from './lib/chmod.js';
import { shippedCommands } from './lib/run.js';
import { nonShippingImage } from './lib/purpose.js';

/** `chmod 777`, `0666`, `a+w`, `o+w` in the final stage or the stages it builds on. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-world-writable',
    kind: 'dockerfile',
    title: 'Files made writable by every user in the shipped image',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, path, report }) {
    const why = nonShippingImage(model, path);
    for (const cmd of shippedCommands(model)) {
      const mode = chmodMode(cmd);
      if (!mode?.worldWritable || removedLater(cmd, mode.targets)) continue;
      const what = mode.targets.map((t) => t.value).join(' ') || 'the files';
      const fixes: Fix[] = [];
      if (mode.octal !== undefined) {
        const original = mode.word.value;
        const noOther = mode.octal & ~0o2;
        const noGroupOther = mode.octal & ~0o22;
        fixes.push({ title: `Use mode ${octalText(noOther, original)} (no write for others)`, safe: false, edits: [{ range: mode.word.range, newText: octalText(noOther, original) }] });
        if (noGroupOther !== noOther) {
          fixes.push({ title: `Use mode ${octalText(noGroupOther, original)}`, safe: false, edits: [{ range: mode.word.range, newText: octalText(noGroupOther, original) }] });
        }
      }
      report({
        range: mode.word.range,
        message: `chmod ${mode.word.value} makes ${what} writable by every user in the container: any process, including a compromised one, can change what the application runs or reads. Give ownership to the user that needs to write instead${why ? ` (a lesser risk: ${why})` : ''}`,
        fixes,
        ...(why ? { severity: 'hint' as const } : {}),
      });
    }
  },
};

export default rule;
