import doc from './copy-multiple-sources-to-dir.md';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { copyArgs } from './lib/instructions.js';
import { withTriggers } from './lib/onbuild.js';

/** `COPY a b dest` whose destination does not end in `/`. */
const rule: DockerfileRule = {
  meta: {
    id: 'copy-multiple-sources-to-dir',
    kind: 'dockerfile',
    title: 'COPY of several sources to a destination without a trailing /',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['hadolint:DL3021', 'trivy:DS-0011'],
    doc,
  },
  check({ model, report }) {
    const copies = withTriggers(model, 'COPY');
    for (const instr of copies) {
      const { sources, dest, json, heredoc } = copyArgs(instr);
      if (heredoc || !dest || sources.length < 2) continue;
      const value = dest.value.replace(/^(["'])(.*)\1$/, '$2');
      if (value.endsWith('/')) continue;
      const fixes: Fix[] = [];
      const written = dest.range.start.line === dest.range.end.line
        ? (model.lines[dest.range.end.line] ?? '').slice(dest.range.start.character, dest.range.end.character)
        : undefined;
      // In the JSON form only a destination whose own string is known (not the whole array) takes the slash.
      if (written !== undefined && (!json || /^".*"$/.test(written))) {
        const quoted = /^(["']).*\1$/.test(written);
        const at = quoted ? { line: dest.range.end.line, character: dest.range.end.character - 1 } : dest.range.end;
        fixes.push({ title: `Write the destination as ${value}/`, safe: true, edits: [{ range: { start: at, end: at }, newText: '/' }] });
      }
      report({
        range: dest.range,
        message: `COPY with ${sources.length} sources needs a directory destination ending in '/': '${value}' is not one, and the build fails`,
        fixes,
      });
    }
  },
};

export default rule;
