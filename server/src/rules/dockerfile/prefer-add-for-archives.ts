import doc from './prefer-add-for-archives.md';
import type { Instruction } from 'dockerfile-ast';
import { fromFlag } from '../../parse/dockerfile.js';
import { runCommands } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { Range } from '../types.js';
import { copyArgs } from './lib/instructions.js';

const ARCHIVE = /\.(?:tar|tar\.(?:gz|bz2|xz|lz|lzma|z|zst)|tgz|tbz2?|txz|tz|tlz)$/i;
const baseName = (p: string) => p.replace(/^(["'])(.*)\1$/, '$2').split('/').filter(Boolean).pop() ?? '';

/** Whether a `tar` command extracts (`-x`, `xzf`, `--extract`, `--get`). */
function extracts(args: string[]): boolean {
  return args.some((a, i) => a === '--extract' || a === '--get' || (/^-[A-Za-z]*x/.test(a) && !a.startsWith('--')) || (i === 0 && /^[A-Za-z]*x[A-Za-z]*$/.test(a)));
}

/** `COPY app.tar.gz /tmp/` then `RUN tar -xzf /tmp/app.tar.gz`: ADD extracts local archives itself, in one layer. */
const rule: DockerfileRule = {
  meta: {
    id: 'prefer-add-for-archives',
    kind: 'dockerfile',
    title: 'Archive copied, then extracted in RUN',
    defaultSeverity: 'info',
    fix: 'none',
    equivalents: ['hadolint:DL3010'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const copied: { name: string; instr: Instruction; range: Range }[] = [];
      for (const instr of stage.instructions) {
        const kw = instr.getKeyword();
        if (kw === 'COPY' && !fromFlag(instr)) {
          for (const src of copyArgs(instr).sources) {
            const name = baseName(src.value);
            if (ARCHIVE.test(name) && !name.includes('*') && !name.includes('$')) copied.push({ name, instr, range: src.range });
          }
        }
        if (kw !== 'RUN' || copied.length === 0) continue;
        for (const cmd of runCommands(model, instr)) {
          if (cmd.name !== 'tar') continue;
          const args = cmd.args.map((a) => a.value);
          if (!extracts(args)) continue;
          for (const c of [...copied]) {
            if (!args.some((a) => baseName(a) === c.name)) continue;
            report({
              range: c.range,
              message: `'${c.name}' is copied and then extracted with tar on line ${instr.getRange().start.line + 1}: ADD extracts a local archive itself, without keeping the archive in a layer`,
            });
            copied.splice(copied.indexOf(c), 1);
          }
        }
      }
    }
  },
};

export default rule;
