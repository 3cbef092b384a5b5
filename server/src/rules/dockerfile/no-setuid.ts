import doc from './no-setuid.md';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { chmodMode, octalText, removedLater } from './lib/chmod.js';
import { shippedCommands } from './lib/run.js';

/** `chmod u+s`, `g+s`, `+s`, `4755`, `2755` in the final stage or the stages it builds on. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-setuid',
    kind: 'dockerfile',
    title: 'setuid or setgid bit set in the shipped image',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const cmd of shippedCommands(model)) {
      const mode = chmodMode(cmd);
      if (!mode?.setid || removedLater(cmd, mode.targets)) continue;
      const what = mode.targets.map((t) => t.value).join(' ') || 'the files';
      const fixes: Fix[] = [];
      if (mode.octal !== undefined) {
        const cleared = mode.octal & ~0o6000;
        const text = octalText(cleared, mode.word.value.length === 4 && (cleared >> 9) === 0 ? mode.word.value.slice(1) : mode.word.value);
        fixes.push({ title: `Use mode ${text} (no setuid/setgid)`, safe: false, edits: [{ range: mode.word.range, newText: text }] });
      }
      report({
        range: mode.word.range,
        message: `chmod ${mode.word.value} sets the setuid/setgid bit on ${what}: it then runs with its owner's privileges for any user, so one bug in it is a privilege escalation`,
        fixes,
      });
    }
  },
};

export default rule;
