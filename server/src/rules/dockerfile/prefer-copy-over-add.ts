import doc from './prefer-copy-over-add.md';
import type { Fix } from '../types.js';
import type { DockerfileRule } from '../kinds.js';
import { copyArgs, keywordLike } from './lib/instructions.js';
import { triggersOf } from './lib/onbuild.js';

/** Extensions ADD extracts (hadolint DL3020's list, plus zstd). */
const ARCHIVE = /\.(?:tar|z|bz2|gz|lz|lzma|tz|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz|zst|tzst)$/i;
const URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
/** Flags COPY also accepts. */
const COPY_FLAGS = new Set(['chown', 'chmod', 'link', 'exclude', 'parents']);

/** ADD of local files or folders that are not archives to extract: COPY says what it does. */
const rule: DockerfileRule = {
  meta: {
    id: 'prefer-copy-over-add',
    kind: 'dockerfile',
    title: 'ADD used where COPY does',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['hadolint:DL3020'],
    doc,
  },
  check({ model, report }) {
    // An ONBUILD ADD copies into the downstream image just the same.
    const triggers = new Map(triggersOf(model, 'ADD').map((t) => [t.onbuild, t.trigger]));
    for (const instr of model.instructions.map((i) => triggers.get(i) ?? i)) {
      if (instr.getKeyword() !== 'ADD') continue;
      const args = copyArgs(instr);
      if (args.heredoc || args.sources.length === 0) continue;
      const srcs = args.sources.map((s) => s.value.replace(/^["']|["']$/g, ''));
      if (srcs.every((s) => URL.test(s) || ARCHIVE.test(s))) continue;
      const fixes: Fix[] = [];
      if (args.flags.every((f) => COPY_FLAGS.has(f.getName().toLowerCase()))) {
        // A local tar file is extracted whatever its name: only names that clearly are not archives make the swap certain.
        const certain = srcs.every((s) => /(^|\/)\.?$|\/$/.test(s) || (/\.[A-Za-z0-9]+$/.test(s) && !ARCHIVE.test(s)));
        fixes.push({
          title: 'Replace ADD with COPY',
          safe: certain,
          edits: [{ range: instr.getInstructionRange(), newText: keywordLike(instr, 'COPY') }],
        });
      }
      report({
        range: instr.getInstructionRange(),
        message: 'ADD copies local files here; use COPY, which does only that (ADD also extracts archives and downloads URLs)',
        fixes,
      });
    }
  },
};

export default rule;
