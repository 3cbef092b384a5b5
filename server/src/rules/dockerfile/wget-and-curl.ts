import doc from './wget-and-curl.md';
import { shellRuns, type ShellCommand } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';

const TOOLS = new Set(['curl', 'wget']);

/** A stage that downloads with both curl and wget. */
const rule: DockerfileRule = {
  meta: {
    id: 'wget-and-curl',
    kind: 'dockerfile',
    title: 'Both wget and curl used in one stage',
    defaultSeverity: 'info',
    fix: 'none',
    equivalents: ['hadolint:DL4001', 'trivy:DS-0014'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const seen = new Map<string, ShellCommand>();
      for (const run of shellRuns(model, stage)) {
        const used = run.commands.filter((c) => TOOLS.has(c.name));
        for (const c of used) if (!seen.has(c.name)) seen.set(c.name, c);
        if (seen.size < 2 || !used.length) continue;
        const cmd = used[0];
        const other = cmd.name === 'curl' ? 'wget' : 'curl';
        const line = seen.get(other)!.range.start.line + 1;
        report({
          range: cmd.nameWord.range,
          message: `This stage downloads with both ${cmd.name} and ${other} (line ${line}): the image needs two download tools where one does; use one of them throughout`,
        });
      }
    }
  },
};

export default rule;
