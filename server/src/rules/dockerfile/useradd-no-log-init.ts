import doc from './useradd-no-log-init.md';
import { shellRuns } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';

/** `useradd -u 1000000 app` without `-l`: the lastlog/faillog files grow to the size of the UID. */
const rule: DockerfileRule = {
  meta: {
    id: 'useradd-no-log-init',
    kind: 'dockerfile',
    title: 'useradd with a high UID and without -l',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['hadolint:DL3046'],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      for (const cmd of run.commands) {
        if (cmd.name !== 'useradd') continue;
        const values = cmd.args.map((a) => a.value);
        if (values.some((v) => v === '-l' || v === '--no-log-init' || (/^-[A-Za-z]*l[A-Za-z]*$/.test(v) && !v.startsWith('--')))) continue;
        let uid: string | undefined;
        values.forEach((v, i) => {
          if (v === '-u' || v === '--uid') uid = values[i + 1];
          else if (v.startsWith('--uid=')) uid = v.slice(6);
          else if (/^-u\S/.test(v)) uid = v.slice(2);
        });
        if (!uid || !/^\d{6,}$/.test(uid)) continue;
        const fixes: Fix[] = [];
        if (cmd.nameWord.text === cmd.nameWord.value) {
          fixes.push({ title: 'Add -l (--no-log-init)', safe: true, edits: [{ range: { start: cmd.nameWord.range.end, end: cmd.nameWord.range.end }, newText: ' -l' }] });
        }
        report({
          range: cmd.nameWord.range,
          message: `useradd with UID ${uid} and without -l writes sparse lastlog and faillog entries that can make the image gigabytes larger; add -l (--no-log-init)`,
          fixes,
        });
      }
    }
  },
};

export default rule;
