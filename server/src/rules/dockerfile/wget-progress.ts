import doc from './wget-progress.md';
import { imageFamily } from '../../knowledge/images.js';
import { baseImageOf } from '../../parse/dockerfile.js';
import { allCommands } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';

/** Options after which wget prints no progress bar, or prints it to a file. */
const QUIET = new Set(['-q', '--quiet', '-nv', '--no-verbose', '-o', '--output-file', '-a', '--append-output']);

/** Whether wget was told how (or whether) to show progress. */
function quiet(args: readonly { value: string }[]): boolean {
  return args.some((a) => {
    const v = a.value;
    if (v.startsWith('--progress')) return true;
    if (QUIET.has(v) || /^--(?:output-file|append-output)=/.test(v)) return true;
    // Short clusters such as -qO- or -qO /x: q anywhere before a value-taking letter.
    return /^-[A-Za-z]*q/.test(v) && !v.startsWith('--');
  });
}

/** `wget` without `--progress`, `-q`, `-nv` or a log file, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'wget-progress',
    kind: 'dockerfile',
    title: 'wget prints a progress bar into the build log',
    defaultSeverity: 'hint',
    fix: 'safe',
    equivalents: ['hadolint:DL3047'],
    doc,
  },
  check({ model, report }) {
    for (const cmd of allCommands(model)) {
      if (cmd.name !== 'wget' || quiet(cmd.args)) continue;
      const at = cmd.nameWord.range.end;
      const stage = cmd.run.stage;
      const family = stage ? imageFamily(baseImageOf(stage)) : 'unknown';
      // GNU wget: Debian- and RHEL-based images. Alpine's busybox wget has no --progress.
      const fixes: Fix[] = family === 'debian' || family === 'rhel'
        ? [{ title: 'Add --progress=dot:giga', safe: true, edits: [{ range: { start: at, end: at }, newText: cmd.origin === 'exec' ? ', "--progress=dot:giga"' : ' --progress=dot:giga' }] }]
        : [];
      report({
        range: cmd.nameWord.range,
        message: 'wget without --progress, -q or -nv fills the build log with thousands of progress lines; add --progress=dot:giga (or -nv)',
        fixes,
      });
    }
  },
};

export default rule;
