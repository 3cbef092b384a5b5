import doc from './redundant-target-platform.md';
import type { DockerfileRule } from '../kinds.js';
import type { Range } from '../types.js';

/** `FROM --platform=$TARGETPLATFORM`: the platform every stage gets anyway. */
const rule: DockerfileRule = {
  meta: {
    id: 'redundant-target-platform',
    kind: 'dockerfile',
    title: 'FROM --platform=$TARGETPLATFORM is redundant',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['hadolint:DL3065', 'buildkit:RedundantTargetPlatform'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.from.getPlatformFlag();
      const value = flag?.getValue()?.trim();
      if (!flag || (value !== '$TARGETPLATFORM' && value !== '${TARGETPLATFORM}')) continue;
      const range = flag.getRange();
      const line = model.lines[range.end.line] ?? '';
      let end = range.end.character;
      while (end < line.length && /[ \t]/.test(line[end])) end++;
      const removal: Range = { start: range.start, end: { line: range.end.line, character: end } };
      const fixes = range.start.line === range.end.line && end < line.length
        ? [{ title: 'Remove --platform', safe: true, edits: [{ range: removal, newText: '' }] }]
        : [];
      report({
        range,
        message: `Setting platform to predefined ${value} in FROM is redundant as this is the default behavior`,
        fixes,
      });
    }
  },
};

export default rule;
