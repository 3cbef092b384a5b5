import doc from './no-sudo.md';
import { shellRuns } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { runsAsRoot } from './lib/run.js';

/** sudo options that do not change who runs the command or how. */
const HARMLESS = new Set(['-E', '-n', '-S', '--preserve-env', '--non-interactive', '--stdin']);

/** `sudo` in a RUN command, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-sudo',
    kind: 'dockerfile',
    title: 'sudo used in RUN',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['hadolint:DL3004', 'trivy:DS-0010', 'checkov:CKV2_DOCKER_1'],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      // An ONBUILD RUN runs in the downstream build, as whatever user it has then.
      const root = !run.onbuild && runsAsRoot(model, run.stage, run.instruction);
      for (const cmd of run.commands) {
        const words = [...cmd.wrappers.map((w) => ({ word: w.word, args: w.args, name: w.name })), { word: cmd.nameWord, args: cmd.args, name: cmd.name }];
        words.forEach((w, i) => {
          if (w.name !== 'sudo') return;
          const next = words[i + 1]?.word;
          const fixes: Fix[] = [];
          if (root && next && w.args.every((a) => HARMLESS.has(a.value)) && w.word.range.start.line === next.range.start.line) {
            fixes.push({ title: 'Remove sudo', safe: true, edits: [{ range: { start: w.word.range.start, end: next.range.start }, newText: '' }] });
          }
          report({
            range: w.word.range,
            message: root
              ? 'sudo in RUN: this step already runs as root, and sudo only adds its own TTY and environment handling; drop it'
              : 'sudo in RUN: switch to USER root for the steps that need it and back afterwards, so the image ships neither sudo nor a sudoers rule',
            fixes,
          });
        });
      }
    }
  },
};

export default rule;
